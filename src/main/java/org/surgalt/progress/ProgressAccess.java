package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;

import org.surgalt.cohort.CohortAccess;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who sees learners' progress in a course: site admins and coordinators, the course's editors,
 * coordinators and graders; for one learner also the coordinators of a cohort the learner is in
 * or of the learner's institution, and the learner themselves.
 */
@ApplicationScoped
public class ProgressAccess {

    private final CourseAccess courses;
    private final CohortAccess cohorts;

    ProgressAccess(CourseAccess courses, CohortAccess cohorts) {
        this.courses = courses;
        this.cohorts = cohorts;
    }

    public boolean canSeeCourse(Viewer viewer, Course course) {
        return courses.canEdit(viewer, course) || viewer.grants().contains(Grant.site(Role.COORDINATOR))
                || viewer.hasInCourse(Role.COORDINATOR, course.id()) || viewer.hasInCourse(Role.GRADER, course.id());
    }

    public void requireCanSeeCourse(Viewer viewer, Course course) {
        if (!canSeeCourse(viewer, course)) {
            throw DomainException.forbidden("Only the course's staff and coordinators see its learners' progress.");
        }
    }

    /**
     * Whether a list of a course's learners (an attempts report) may be opened at all: by those who
     * see the course's progress, and by coordinators, who then see only their own learners
     * ({@link #canSeeLearner}).
     */
    public boolean canListLearners(Viewer viewer, Course course) {
        return canSeeCourse(viewer, course) || viewer.hasAnywhere(Role.COORDINATOR);
    }

    public void requireCanListLearners(Viewer viewer, Course course) {
        if (!canListLearners(viewer, course)) {
            throw DomainException.forbidden("Only the course's staff and coordinators see its learners' progress.");
        }
    }

    /** Whether one learner's progress in the course is the viewer's to see: the rule of {@link #requireCanSeeLearner}. */
    public boolean canSeeLearner(Viewer viewer, Course course, long learnerId) {
        return viewer.userId() == learnerId || canSeeCourse(viewer, course) || cohorts.coordinatesLearner(viewer, learnerId);
    }

    void requireCanSeeLearner(Viewer viewer, Course course, long learnerId) {
        if (canSeeLearner(viewer, course, learnerId)) {
            return;
        }
        throw DomainException.forbidden("Only the course's staff and the learner's coordinators see this progress.");
    }
}
