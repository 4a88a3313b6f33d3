package org.surgalt.course;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who may do what with courses; the one place these rules live.
 * <ul>
 * <li>Anyone, signed in or not, sees the catalogue and a course's outline.</li>
 * <li>Authors (the role anywhere) create courses; they become authors of what they create.</li>
 * <li>A course's authors and site admins change it.</li>
 * <li>Its content is for the people enrolled in it, its authors and graders, and the people who
 * run programmes (coordinators, institution admins, site admins).</li>
 * </ul>
 */
@ApplicationScoped
public class CourseAccess {

    private final EnrolmentRepository enrolments;

    CourseAccess(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    public void requireCanCreate(Viewer viewer) {
        if (!viewer.isAdmin() && !viewer.hasAnywhere(Role.AUTHOR)) {
            throw DomainException.forbidden("Only authors create courses.");
        }
    }

    public void requireCanEdit(Viewer viewer, Course course) {
        if (!canEdit(viewer, course)) {
            throw DomainException.forbidden("Only the course's authors change it.");
        }
    }

    public boolean canEdit(Viewer viewer, Course course) {
        return canEdit(viewer, course.id());
    }

    public boolean canEdit(Viewer viewer, long courseId) {
        return viewer.isAdmin() || viewer.hasInCourse(Role.AUTHOR, courseId);
    }

    /** Reviewers: the course's other authors and the experts invited to review it. */
    public boolean canReview(Viewer viewer, Course course) {
        return canEdit(viewer, course) || viewer.hasInCourse(Role.REVIEWER, course.id());
    }

    public void requireCanReview(Viewer viewer, Course course) {
        if (!canReview(viewer, course)) {
            throw DomainException.forbidden("Only the course's authors and invited reviewers see its draft.");
        }
    }

    public boolean canRead(Viewer viewer, Course course) {
        return canRead(viewer, course.id(), () -> enrolments.exists(viewer.userId(), course.id()));
    }

    /** {@link #canRead(Viewer, Course)}, for a caller that knows (or reads in its own way) whether the viewer is enrolled. */
    public boolean canRead(Viewer viewer, long courseId, BooleanSupplier enrolled) {
        return isStaff(viewer, courseId) || enrolled.getAsBoolean();
    }

    /**
     * Whoever reads the course for another reason than being enrolled in it: its authors,
     * reviewers and graders, and the people who run programmes. {@link ItemAccess} does not hold
     * them to the order of the modules, even when they are enrolled too.
     */
    public boolean isStaff(Viewer viewer, Course course) {
        return isStaff(viewer, course.id());
    }

    /** {@link #isStaff(Viewer, Course)} by the course's id. */
    public boolean isStaff(Viewer viewer, long courseId) {
        return viewer.isAdmin()
                || viewer.hasInCourse(Role.AUTHOR, courseId)
                || viewer.hasInCourse(Role.REVIEWER, courseId)
                || viewer.hasInCourse(Role.GRADER, courseId)
                || viewer.hasAnywhere(Role.COORDINATOR)
                || viewer.hasAnywhere(Role.INSTITUTION_ADMIN);
    }

    /**
     * The courses {@link #canRead} allows, as a set a query can filter by: every course for the
     * people who run programmes, else the ones someone is enrolled in or holds a course role in.
     * Keep the two in step.
     */
    public CourseScope readableCourses(Viewer viewer) {
        if (viewer.isAdmin() || viewer.hasAnywhere(Role.COORDINATOR) || viewer.hasAnywhere(Role.INSTITUTION_ADMIN)) {
            return CourseScope.EVERY;
        }
        Set<Long> ids = new HashSet<>(enrolments.courseIdsOf(viewer.userId()));
        ids.addAll(courseGrants(viewer, Role.AUTHOR, Role.REVIEWER, Role.GRADER));
        return CourseScope.of(ids);
    }

    /** The courses whose draft {@link #canReview} shows someone. */
    public CourseScope reviewableCourses(Viewer viewer) {
        return viewer.isAdmin() ? CourseScope.EVERY : CourseScope.of(courseGrants(viewer, Role.AUTHOR, Role.REVIEWER));
    }

    private static Set<Long> courseGrants(Viewer viewer, Role... roles) {
        Set<Role> wanted = Set.copyOf(Arrays.asList(roles));
        Set<Long> ids = new HashSet<>();
        for (Grant grant : viewer.grants()) {
            if (grant.scope() == RoleGrant.Scope.COURSE && wanted.contains(grant.role())) {
                ids.add(grant.scopeId());
            }
        }
        return ids;
    }

    public void requireCanRead(Viewer viewer, Course course) {
        requireCanRead(viewer, course.id(), () -> enrolments.exists(viewer.userId(), course.id()));
    }

    public void requireCanRead(Viewer viewer, long courseId, BooleanSupplier enrolled) {
        if (!canRead(viewer, courseId, enrolled)) {
            throw DomainException.forbidden("This course's content is for the people enrolled in it.");
        }
    }
}
