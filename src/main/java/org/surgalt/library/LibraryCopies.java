package org.surgalt.library;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

/**
 * Copies a resource into a module of a course draft its caller authors, through the course's own
 * service (which asks CourseAccess and refuses a course in review): a Markdown resource becomes a
 * lesson page, a file one a file item carrying the same stored asset. The attribution ("title by
 * author, licence, from the Surgalt library") is the item's text, in the resource's language, so
 * it shows wherever the item does and travels with the course's versions.
 */
@ApplicationScoped
public class LibraryCopies {

    private final LibraryService library;
    private final CourseService courses;
    private final CourseAccess access;

    LibraryCopies(LibraryService library, CourseService courses, CourseAccess access) {
        this.library = library;
        this.courses = courses;
        this.access = access;
    }

    /** A module of a draft the caller may copy into. */
    public record Target(long courseId, String courseCode, String courseTitle, long moduleId, String moduleTitle) {
        public String value() {
            return courseId + ":" + moduleId;
        }
    }

    public record Copied(String courseCode, long courseId, long itemId) {
    }

    /**
     * The modules of the drafts the caller authors by a course grant (a site admin may edit every
     * course, but the page offers only their own; the API takes any course they may edit).
     */
    @Transactional
    public List<Target> targets(Viewer viewer, java.util.Locale locale) {
        return viewer.grants().stream()
                .filter(grant -> grant.scope() == org.surgalt.identity.RoleGrant.Scope.COURSE
                        && grant.role() == org.surgalt.identity.Role.AUTHOR)
                .map(org.surgalt.identity.Grant::scopeId).distinct().sorted()
                .flatMap(this::existing)
                .filter(course -> course.workflowState() != Course.WorkflowState.IN_REVIEW)
                .flatMap(course -> course.modules().stream().map(module -> target(course, module, locale)))
                .toList();
    }

    private java.util.stream.Stream<Course> existing(long courseId) {
        try {
            return java.util.stream.Stream.of(courses.course(courseId));
        } catch (DomainException e) {
            return java.util.stream.Stream.empty();
        }
    }

    @Transactional
    public Copied copy(Viewer viewer, long resourceId, long courseId, long moduleId) {
        TeachingResource resource = library.visible(viewer, resourceId);
        if (!resource.licence().allowsCopies()) {
            throw DomainException.conflict("This resource is all rights reserved: it cannot be copied into a course, "
                    + "only linked to.");
        }
        if (resource.isFile() && resource.file().isEmpty()) {
            throw DomainException.conflict("The resource's file has not been accepted yet: copy it once it is.");
        }
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        String attribution = attribution(resource);
        Item item;
        if (resource.isFile()) {
            item = courses.addItem(viewer, courseId, moduleId, new NewCourse.NewItem(ItemKind.FILE,
                    text(resource, resource.title()), text(resource, attribution), null), resource.file().get());
        } else {
            item = courses.addItem(viewer, courseId, moduleId, new NewCourse.NewItem(ItemKind.PAGE,
                    text(resource, resource.title()), text(resource, resource.body() + "\n\n---\n\n" + attribution),
                    null));
        }
        return new Copied(course.code(), course.id(), item.id());
    }

    /** Whether the caller may open this course's draft (the link after a copy is shown only then). */
    @Transactional
    public boolean canOpenDraft(Viewer viewer, String courseCode) {
        try {
            return access.canEdit(viewer, courses.courseByCode(courseCode));
        } catch (DomainException e) {
            return false;
        }
    }

    /** The attribution line, in Markdown, in the resource's language, linking the licence's deed. */
    String attribution(TeachingResource resource) {
        LibraryMessages words = MessageBundles.get(LibraryMessages.class, Localized.Literal.of(resource.language()));
        String author = library.author(resource.authorId()).orElse(words.library_former_member());
        String licence = resource.licence().deed() == null ? words.licence_all_rights_reserved()
                : "[" + resource.licence().label() + "](" + resource.licence().deed() + ")";
        return "*" + words.library_attribution(plain(resource.title()), plain(author), licence) + "*";
    }

    /** Text without the characters Markdown would read as markup. */
    private static String plain(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#!|])", "\\\\$1");
    }

    private static LocalizedText text(TeachingResource resource, String value) {
        return "mn".equals(resource.language()) ? LocalizedText.of(null, value) : LocalizedText.of(value, null);
    }

    private static Target target(Course course, CourseModule module, java.util.Locale locale) {
        return new Target(course.id(), course.code(), course.title().in(locale), module.id(), module.title().in(locale));
    }
}
