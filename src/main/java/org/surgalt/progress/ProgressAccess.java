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

    void requireCanSeeLearner(Viewer viewer, Course course, long learnerId) {
        if (viewer.userId() == learnerId || canSeeCourse(viewer, course) || cohorts.coordinatesLearner(viewer, learnerId)) {
            return;
        }
        throw DomainException.forbidden("Only the course's staff and the learner's coordinators see this progress.");
    }
}
