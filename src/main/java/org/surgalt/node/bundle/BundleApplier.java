package org.surgalt.node.bundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.authoring.CourseVersion;
import org.surgalt.authoring.PublishedContent;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.node.bundle.BundleReport.Line;
import org.surgalt.node.bundle.BundleReport.Outcome;
import org.surgalt.node.bundle.BundleReport.Reason;
import org.surgalt.platform.DomainException;

/**
 * Writes a verified bundle's courses in one transaction, after its files are stored: either every
 * version the report calls imported is there, or (when one cannot be rebuilt) none is. A version is
 * never overwritten: one the receiver has with the same content is skipped, with other content refused.
 */
@ApplicationScoped
class BundleApplier {

    private final CourseService courses;
    private final PublishedContent published;
    private final PublishingService publishing;
    private final AuditLog audit;

    BundleApplier(CourseService courses, PublishedContent published, PublishingService publishing, AuditLog audit) {
        this.courses = courses;
        this.published = published;
        this.publishing = publishing;
        this.audit = audit;
    }

    @Transactional
    List<Line> apply(Viewer viewer, BundleFile bundle) {
        List<Line> lines = new ArrayList<>();
        for (BundleFile.Course bundled : bundle.courses()) {
            Optional<Course> here = find(bundled.code());
            boolean createdNow = false;
            List<CourseContent> versions = bundled.versions().stream()
                    .sorted(Comparator.comparingInt(CourseContent::version)).toList();
            for (CourseContent version : versions) {
                int number = version.version();
                if (version.hasReleaseConditions()) {
                    lines.add(new Line(bundled.code(), number, Outcome.REFUSED, Reason.RELEASE_CONDITIONS));
                } else if (here.isPresent() && has(here.get(), number)) {
                    boolean same = VersionFingerprint.of(published.version(here.get(), number))
                            .equals(VersionFingerprint.of(version));
                    lines.add(same ? new Line(bundled.code(), number, Outcome.SKIPPED, Reason.ALREADY_THERE)
                            : new Line(bundled.code(), number, Outcome.REFUSED, Reason.DIFFERENT_CONTENT));
                } else if (here.isPresent() || createdNow) {
                    // A further version of a course the receiver has would replace its draft: not done by bundles yet.
                    lines.add(new Line(bundled.code(), number, Outcome.REFUSED, Reason.EXISTING_COURSE));
                } else {
                    Course course = create(version);
                    requireSame(course, version);
                    CourseVersion made = publishing.publishImported(course, number);
                    audit.record(AuditLog.by(viewer, "bundle.import").object("course", course.id())
                            .after(Map.of("version", made.number(), "source", String.valueOf(bundle.source()))));
                    lines.add(new Line(bundled.code(), number, Outcome.IMPORTED, Reason.NONE));
                    createdNow = true;
                }
            }
        }
        return lines;
    }

    private Optional<Course> find(String code) {
        try {
            return Optional.of(courses.courseByCode(code));
        } catch (DomainException notFound) {
            return Optional.empty();
        }
    }

    private boolean has(Course course, int number) {
        return published.versions(course).stream().anyMatch(version -> version.number() == number);
    }

    /** The draft as the version has it: modules, items, their files, completion rules, prerequisites. */
    private Course create(CourseContent version) {
        List<NewCourse.NewModule> modules = version.modules().stream().map(module -> new NewCourse.NewModule(
                module.title(), module.items().stream().map(item -> new NewCourse.NewItem(item.kind(), item.title(),
                        item.body(), item.url())).toList())).toList();
        Course course = courses.create(new NewCourse(version.code(), version.language(), version.title(),
                version.description(), version.attribution(), modules));
        Map<Long, CourseModule> moduleFor = new HashMap<>();
        for (int m = 0; m < version.modules().size(); m++) {
            moduleFor.put(version.modules().get(m).id(), course.modules().get(m));
        }
        for (int m = 0; m < version.modules().size(); m++) {
            CourseContent.ModuleContent source = version.modules().get(m);
            CourseModule module = course.modules().get(m);
            if (source.prerequisiteId() != null) {
                module.edit(source.title(), moduleFor.get(source.prerequisiteId()));
            }
            for (int i = 0; i < source.items().size(); i++) {
                CourseContent.ItemContent from = source.items().get(i);
                Item item = module.items().get(i);
                item.edit(item.version(), from.title(), from.body(), from.url(), from.completion(), from.minScore(),
                        from.required());
                if (from.file() != null) {
                    item.attach(from.file());
                }
            }
        }
        version.assets().values().forEach(course::putAsset);
        return course;
    }

    // The receiver's version must be the bundle's, or both sides would call different content by one number.
    private void requireSame(Course course, CourseContent version) {
        CourseContent made = CourseContent.ofDraft(course);
        if (!VersionFingerprint.of(made).equals(VersionFingerprint.of(version))) {
            throw DomainException.conflict("The course " + course.code()
                    + " could not be rebuilt exactly as the bundle has it, so nothing was imported.");
        }
    }
}
