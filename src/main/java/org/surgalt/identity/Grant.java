package org.surgalt.identity;

/** A role in a scope, as the authorization rules see it (from the database or from a token). */
public record Grant(Role role, RoleGrant.Scope scope, long scopeId) {

    public static Grant site(Role role) {
        return new Grant(role, RoleGrant.Scope.SITE, 0);
    }

    public static Grant institution(Role role, long institutionId) {
        return new Grant(role, RoleGrant.Scope.INSTITUTION, institutionId);
    }

    public static Grant course(Role role, long courseId) {
        return new Grant(role, RoleGrant.Scope.COURSE, courseId);
    }
}
