package org.surgalt.identity;

import java.util.Optional;

/**
 * Names the courses and cohorts that roles are held in (features that depend on identity, so
 * identity asks through this, implemented in admin/people over their services).
 */
public interface RoleScopes {

    /** What a course or cohort is called, or empty if it does not exist. */
    Optional<String> name(RoleGrant.Scope scope, long id);

    /** The id of the course or cohort with this code. */
    Optional<Long> idOf(RoleGrant.Scope scope, String code);
}
