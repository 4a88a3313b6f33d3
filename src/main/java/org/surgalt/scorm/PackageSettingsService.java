package org.surgalt.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** A package item's settings, for the course's editors. */
@ApplicationScoped
public class PackageSettingsService {

    private final CourseService courses;
    private final CourseAccess access;
    private final PackageSettingsRepository settings;

    PackageSettingsService(CourseService courses, CourseAccess access, PackageSettingsRepository settings) {
        this.courses = courses;
        this.access = access;
        this.settings = settings;
    }

    public record SettingsView(String title, Integer maxAttempts, String grading, boolean newWindow, long version) {
    }

    @Transactional
    public SettingsView settings(Viewer viewer, String code, long itemId, java.util.Locale locale) {
        Course course = editable(viewer, code);
        ItemContent item = packageItem(course, itemId);
        PackageSettings current = settings.of(itemId, course.id());
        return new SettingsView(item.title().in(locale), current.maxAttempts(),
                current.grading().name().toLowerCase(java.util.Locale.ROOT), current.newWindow(), current.version());
    }

    @Transactional
    public void save(Viewer viewer, String code, long itemId, long expectedVersion, Integer maxAttempts,
            PackageSettings.Grading grading, boolean newWindow) {
        Course course = editable(viewer, code);
        packageItem(course, itemId);
        settings.lockedOrNew(itemId, course.id()).change(expectedVersion, maxAttempts, grading, newWindow);
    }

    private Course editable(Viewer viewer, String code) {
        Course course = courses.courseByCode(code);
        access.requireCanEdit(viewer, course);
        return course;
    }

    private static ItemContent packageItem(Course course, long itemId) {
        ItemContent item = CourseContent.ofDraft(course).item(itemId)
                .orElseThrow(() -> DomainException.notFound("item", itemId));
        if (item.kind() != ItemKind.PACKAGE) {
            throw DomainException.notFound("package item", itemId);
        }
        return item;
    }
}
