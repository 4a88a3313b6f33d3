package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.cohort.CohortRepository;
import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who may do what with face-to-face sessions; the one place these rules live.
 * <ul>
 * <li>Schedule and change: the course's editors, site admins and site coordinators, and the
 * coordinators of the session's cohort, if the course is one of that cohort's.</li>
 * <li>Run (see the sign-ups, take attendance, show the check-in code): those, and the facilitator.</li>
 * <li>See and sign up: whoever reads the course; only enrolled learners sign up.</li>
 * </ul>
 */
@ApplicationScoped
public class SessionAccess {

    private final CourseAccess courses;
    private final CohortRepository cohorts;

    SessionAccess(CourseAccess courses, CohortRepository cohorts) {
        this.courses = courses;
        this.cohorts = cohorts;
    }

    public boolean canSchedule(Viewer viewer, Course course, Long cohortId) {
        return viewer.isAdmin() || courses.canEdit(viewer, course)
                || viewer.grants().contains(Grant.site(Role.COORDINATOR))
                || (cohortId != null
                        && viewer.grants().contains(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohortId))
                        // Naming one's own cohort gives no say over a course that is not in it.
                        && cohorts.findByIdOptional(cohortId)
                                .map(cohort -> cohort.courseIds().contains(course.id())).orElse(false));
    }

    void requireCanSchedule(Viewer viewer, Course course, Long cohortId) {
        if (!canSchedule(viewer, course, cohortId)) {
            throw DomainException.forbidden("Only the course's editors and coordinators schedule its sessions.");
        }
    }

    boolean canRun(Viewer viewer, Course course, FaceToFaceSession session) {
        return session.isFacilitator(viewer.userId()) || canSchedule(viewer, course, session.cohortId());
    }

    void requireCanRun(Viewer viewer, Course course, FaceToFaceSession session) {
        if (!canRun(viewer, course, session)) {
            throw DomainException.forbidden("Only the session's facilitator and coordinators take its attendance.");
        }
    }

    boolean canSee(Viewer viewer, Course course, FaceToFaceSession session) {
        return canRun(viewer, course, session) || courses.canRead(viewer, course);
    }

    void requireCanSee(Viewer viewer, Course course, FaceToFaceSession session) {
        if (!canSee(viewer, course, session)) {
            throw DomainException.forbidden("This session is for the people enrolled in its course.");
        }
    }
}
