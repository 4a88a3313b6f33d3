package org.surgalt.course;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.course.release.ReleaseService;
import org.surgalt.course.release.ReleaseState;
import org.surgalt.course.release.ReleaseText;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressService;

/**
 * May this person read this item now? The one rule every route that returns an item's content
 * or files asks (item page, item API, files, assignments, quizzes, watched reports, search).
 * <ul>
 * <li>Nobody who may not read the course ({@link CourseAccess#canRead}).</li>
 * <li>The course's staff ({@link CourseAccess#isStaff}) read every item of every version they see.</li>
 * <li>An enrolled learner reads the items open to them: an item opens once its module's
 * prerequisite is complete and its module's and its own release conditions hold (other items
 * complete, a date, their school or cohort, a quiz score: course/release/Release).</li>
 * </ul>
 * Every route asks here, so none has to learn the conditions.
 */
@ApplicationScoped
public class ItemAccess {

    private final CourseAccess courses;
    private final ProgressService progress;
    private final ReleaseService release;
    private final ReleaseText texts;

    ItemAccess(CourseAccess courses, ProgressService progress, ReleaseService release, ReleaseText texts) {
        this.courses = courses;
        this.progress = progress;
        this.release = release;
        this.texts = texts;
    }

    /** What one person may read of one version, worked out once (one read of their progress) for many items. */
    public Reading reading(Viewer viewer, Course course, CourseContent content) {
        if (courses.isStaff(viewer, course)) {
            return open(content, true, viewer);
        }
        if (!courses.canRead(viewer, course)) {
            return open(content, false, viewer);
        }
        return closed(viewer, content, progress.of(viewer.userId(), content));
    }

    /**
     * {@link #reading(Viewer, Course, CourseContent)} for a caller that has read whether the viewer is
     * enrolled and, when they are, their progress ({@code learner}, null otherwise).
     */
    public Reading reading(Viewer viewer, long courseId, CourseContent content, boolean enrolled,
            ProgressService.LearnerProgress learner) {
        if (courses.isStaff(viewer, courseId)) {
            return open(content, true, viewer);
        }
        if (!courses.canRead(viewer, courseId, () -> enrolled)) {
            return open(content, false, viewer);
        }
        return closed(viewer, content, learner);
    }

    private Reading open(CourseContent content, boolean readsCourse, Viewer viewer) {
        return new Reading(content, readsCourse, ReleaseState.OPEN, viewer.locale(), texts);
    }

    private Reading closed(Viewer viewer, CourseContent content, ProgressService.LearnerProgress learner) {
        return new Reading(content, true, release.state(viewer.userId(), viewer.institutionId(), content, learner),
                viewer.locale(), texts);
    }

    public boolean mayRead(Viewer viewer, Course course, CourseContent content, ItemContent item) {
        return reading(viewer, course, content).mayRead(item);
    }

    public void requireMayRead(Viewer viewer, Course course, CourseContent content, ItemContent item) {
        reading(viewer, course, content).requireMayRead(item);
    }

    /** {@code readsCourse}: may read the course at all; {@code release}: the items held back, and why. */
    public record Reading(CourseContent content, boolean readsCourse, ReleaseState release, Locale locale,
            ReleaseText texts) {

        /** Listed, but without its content: the learner sees what comes later, not what it says. */
        public boolean locked(ItemContent item) {
            return !release.isOpen(item);
        }

        public boolean mayRead(ItemContent item) {
            return readsCourse && !locked(item);
        }

        /** The items held back (search leaves them out). */
        public Set<Long> closedItems() {
            return release.closedItems();
        }

        /** What opens a locked item, in the reader's language; empty for an open one. */
        public String opensWhen(ItemContent item) {
            return texts.text(release.unmet(item), locale);
        }

        public void requireMayRead(ItemContent item) {
            if (!readsCourse) {
                throw DomainException.forbidden("This course's content is for the people enrolled in it.");
            }
            if (!locked(item)) {
                return;
            }
            if (release.onlyPrerequisite(item)) {
                String prerequisite = content.module(item.moduleId()).map(ModuleContent::prerequisiteId)
                        .flatMap(content::module).map(module -> module.title().in(locale)).orElse("");
                throw DomainException.forbidden("This module opens when you have completed \"" + prerequisite + "\".");
            }
            throw DomainException.forbidden("This item is not open to you yet. " + opensWhen(item));
        }

        /**
         * A lesson file (an image in a page) is held back when every item that shows it is; one
         * that an open item shows, or that no item shows, is served.
         */
        public void requireMayReadLessonFile(String filename) {
            if (!readsCourse) {
                throw DomainException.forbidden("This course's content is for the people enrolled in it.");
            }
            if (release.closedItems().isEmpty()) {
                return;
            }
            List<ItemContent> showing = content.items().filter(item -> LessonLinks.refersTo(item, filename)).toList();
            if (!showing.isEmpty() && showing.stream().noneMatch(this::mayRead)) {
                throw DomainException.forbidden("This file belongs to items that are not open to you yet.");
            }
        }
    }
}
