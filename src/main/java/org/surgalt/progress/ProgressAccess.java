package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who sees learners' progress in a course: site admins and coordinators, the course's editors,
 * coordinators and graders; for one learner also the coordinators of a cohort the learner is in
 * or of the learner's institution, and the learner themselves.
 */
@ApplicationScoped
class ProgressAccess {

    private final CourseAccess courses;
    private final EntityManager em;

    ProgressAccess(CourseAccess courses, EntityManager em) {
        this.courses = courses;
        this.em = em;
    }

    boolean canSeeCourse(Viewer viewer, Course course) {
        return courses.canEdit(viewer, course) || viewer.grants().contains(Grant.site(Role.COORDINATOR))
                || viewer.hasInCourse(Role.COORDINATOR, course.id()) || viewer.hasInCourse(Role.GRADER, course.id());
    }

    void requireCanSeeCourse(Viewer viewer, Course course) {
        if (!canSeeCourse(viewer, course)) {
            throw DomainException.forbidden("Only the course's staff and coordinators see its learners' progress.");
        }
    }

    void requireCanSeeLearner(Viewer viewer, Course course, long learnerId) {
        if (viewer.userId() == learnerId || canSeeCourse(viewer, course) || coordinatesCohortOf(viewer, learnerId)
                || coordinatesInstitutionOf(viewer, learnerId)) {
            return;
        }
        throw DomainException.forbidden("Only the course's staff and the learner's coordinators see this progress.");
    }

    private boolean coordinatesInstitutionOf(Viewer viewer, long learnerId) {
        List<?> institution = em.createNativeQuery("SELECT institution_id FROM app_user WHERE id = :user")
                .setParameter("user", learnerId).getResultList();
        return !institution.isEmpty() && institution.get(0) instanceof Number id
                && viewer.hasInInstitution(Role.COORDINATOR, id.longValue());
    }

    private boolean coordinatesCohortOf(Viewer viewer, long learnerId) {
        List<Long> cohorts = viewer.grants().stream()
                .filter(grant -> grant.role() == Role.COORDINATOR && grant.scope() == RoleGrant.Scope.COHORT)
                .map(Grant::scopeId).toList();
        return !cohorts.isEmpty() && !em.createNativeQuery(
                "SELECT 1 FROM cohort_member WHERE user_id = :user AND cohort_id IN (:cohorts) LIMIT 1")
                .setParameter("user", learnerId).setParameter("cohorts", cohorts).getResultList().isEmpty();
    }
}
