package org.surgalt.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The role-in-a-scope combinations that the authorization rules actually honour, and so the only
 * ones an admin may grant. Others the grant table could hold mean nothing today: a grader of an
 * institution (every grading rule asks for the course), an author of a cohort. Each has its words in
 * messages/people.properties ({@code people_grant_<name in lower case>}).
 */
public enum RoleScope {
    /** Everything, everywhere (every Access class lets a site admin through). */
    ADMIN_SITE(Role.ADMIN, RoleGrant.Scope.SITE),
    /** Follows every learner's progress and runs every cohort (ProgressAccess, CohortAccess). */
    COORDINATOR_SITE(Role.COORDINATOR, RoleGrant.Scope.SITE),
    /** The institution's people and identity provider (UserAccess, SsoService). */
    INSTITUTION_ADMIN_INSTITUTION(Role.INSTITUTION_ADMIN, RoleGrant.Scope.INSTITUTION),
    /** Cohorts, and the progress and accounts of the institution's people (CohortAccess, UserAccess). */
    COORDINATOR_INSTITUTION(Role.COORDINATOR, RoleGrant.Scope.INSTITUTION),
    /** May create courses (CourseAccess.requireCanCreate asks for the role anywhere). */
    AUTHOR_INSTITUTION(Role.AUTHOR, RoleGrant.Scope.INSTITUTION),
    /** One cohort: its members, sessions, attendance and reports (CohortAccess, SessionAccess, ReportService). */
    COORDINATOR_COHORT(Role.COORDINATOR, RoleGrant.Scope.COHORT),
    /** Edits and publishes one course (CourseAccess.canEdit). */
    AUTHOR_COURSE(Role.AUTHOR, RoleGrant.Scope.COURSE),
    /** Grades one course's submissions and sees its progress (AssignmentService, ProgressAccess). */
    GRADER_COURSE(Role.GRADER, RoleGrant.Scope.COURSE),
    /** Reads and comments on one course's draft (CourseAccess.canReview). */
    REVIEWER_COURSE(Role.REVIEWER, RoleGrant.Scope.COURSE);

    private final Role role;
    private final RoleGrant.Scope scope;

    RoleScope(Role role, RoleGrant.Scope scope) {
        this.role = role;
        this.scope = scope;
    }

    public Role role() {
        return role;
    }

    public RoleGrant.Scope scope() {
        return scope;
    }

    /** "coordinator_cohort": the form value and the end of the message key. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Grant grant(long scopeId) {
        return new Grant(role, scope, scope == RoleGrant.Scope.SITE ? 0 : scopeId);
    }

    public static Optional<RoleScope> of(Role role, RoleGrant.Scope scope) {
        return Arrays.stream(values()).filter(kind -> kind.role == role && kind.scope == scope).findFirst();
    }

    public static Optional<RoleScope> of(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equalsIgnoreCase(key == null ? "" : key.strip()))
                .findFirst();
    }
}
