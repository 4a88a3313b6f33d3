package org.surgalt.admin.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.RoleScopes;
import org.surgalt.platform.DomainException;

/** Courses and cohorts as role scopes: named by their codes, through their services. */
@ApplicationScoped
public class GrantScopes implements RoleScopes {

    private final CourseService courses;
    private final CohortService cohorts;

    GrantScopes(CourseService courses, CohortService cohorts) {
        this.courses = courses;
        this.cohorts = cohorts;
    }

    @Override
    public Optional<String> name(RoleGrant.Scope scope, long id) {
        return switch (scope) {
            case COURSE -> course(() -> courses.course(id)).map(Course::code);
            case COHORT -> cohorts.find(id).map(Cohort::name);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Long> idOf(RoleGrant.Scope scope, String code) {
        return switch (scope) {
            case COURSE -> course(() -> courses.courseByCode(code)).map(Course::id);
            case COHORT -> cohorts.findByCode(code).map(Cohort::id);
            default -> Optional.empty();
        };
    }

    /** The course service answers a missing course with its not-found error. */
    private static Optional<Course> course(java.util.function.Supplier<Course> lookUp) {
        try {
            return Optional.of(lookUp.get());
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
