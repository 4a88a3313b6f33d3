package org.surgalt.course;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressService;

/**
 * May this person read this item now? The one rule every route that returns an item's content
 * or files asks (item page, item API, files, assignments, quizzes, watched reports, search).
 * <ul>
 * <li>Nobody who may not read the course ({@link CourseAccess#canRead}).</li>
 * <li>The course's staff ({@link CourseAccess#isStaff}) read every item of every version they see.</li>
 * <li>An enrolled learner reads the items of the modules open to them: a module opens once its
 * prerequisite is complete ({@link ProgressService.LearnerProgress#isOpen}).</li>
 * </ul>
 * Later release conditions (dates, groups) belong here too, so no route has to learn them.
 */
@ApplicationScoped
public class ItemAccess {

    private final CourseAccess courses;
    private final ProgressService progress;

    ItemAccess(CourseAccess courses, ProgressService progress) {
        this.courses = courses;
        this.progress = progress;
    }

    /** What one person may read of one version, worked out once (one read of their progress) for many items. */
    public Reading reading(Viewer viewer, Course course, CourseContent content) {
        if (courses.isStaff(viewer, course)) {
            return new Reading(content, true, Set.of(), viewer.locale());
        }
        if (!courses.canRead(viewer, course)) {
            return new Reading(content, false, Set.of(), viewer.locale());
        }
        return new Reading(content, true, closed(content, progress.of(viewer.userId(), content)), viewer.locale());
    }

    /**
     * {@link #reading(Viewer, Course, CourseContent)} for a caller that has read whether the viewer is
     * enrolled and, when they are, their progress ({@code learner}, null otherwise).
     */
    public Reading reading(Viewer viewer, long courseId, CourseContent content, boolean enrolled,
            ProgressService.LearnerProgress learner) {
        if (courses.isStaff(viewer, courseId)) {
            return new Reading(content, true, Set.of(), viewer.locale());
        }
        if (!courses.canRead(viewer, courseId, () -> enrolled)) {
            return new Reading(content, false, Set.of(), viewer.locale());
        }
        return new Reading(content, true, closed(content, learner), viewer.locale());
    }

    private static Set<Long> closed(CourseContent content, ProgressService.LearnerProgress learner) {
        return content.modules().stream().filter(module -> !learner.isOpen(module))
                .map(ModuleContent::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean mayRead(Viewer viewer, Course course, CourseContent content, ItemContent item) {
        return reading(viewer, course, content).mayRead(item);
    }

    public void requireMayRead(Viewer viewer, Course course, CourseContent content, ItemContent item) {
        reading(viewer, course, content).requireMayRead(item);
    }

    /** {@code readsCourse}: may read the course at all; {@code closedModules}: the modules whose items are held back. */
    public record Reading(CourseContent content, boolean readsCourse, Set<Long> closedModules, Locale locale) {

        /** Listed, but without its content: the learner sees what comes later, not what it says. */
        public boolean locked(ItemContent item) {
            return closedModules.contains(item.moduleId());
        }

        public boolean mayRead(ItemContent item) {
            return readsCourse && !locked(item);
        }

        public void requireMayRead(ItemContent item) {
            if (!readsCourse) {
                throw DomainException.forbidden("This course's content is for the people enrolled in it.");
            }
            if (locked(item)) {
                String prerequisite = content.module(item.moduleId()).map(ModuleContent::prerequisiteId)
                        .flatMap(content::module).map(module -> module.title().in(locale)).orElse("");
                throw DomainException.forbidden("This module opens when you have completed \"" + prerequisite + "\".");
            }
        }

        /**
         * A lesson file (an image in a page) is held back when every item that shows it is; one
         * that an open item shows, or that no item shows, is served.
         */
        public void requireMayReadLessonFile(String filename) {
            if (!readsCourse) {
                throw DomainException.forbidden("This course's content is for the people enrolled in it.");
            }
            if (closedModules.isEmpty()) {
                return;
            }
            List<ItemContent> showing = content.items().filter(item -> LessonLinks.refersTo(item, filename)).toList();
            if (!showing.isEmpty() && showing.stream().noneMatch(this::mayRead)) {
                throw DomainException.forbidden("This module opens when you have completed its prerequisite.");
            }
        }
    }
}
