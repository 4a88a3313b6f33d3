package org.surgalt.identity;

import java.util.Locale;

/**
 * What someone may do, and where: a grant gives a role in a scope (the site, an institution,
 * a course). Being a learner is not a role: it is being enrolled in a course.
 */
public enum Role {
    /** Runs the whole site: every institution, provider and course. */
    ADMIN,
    /** Manages an institution: its people, its identity provider. */
    INSTITUTION_ADMIN,
    /** Runs cohorts and follows progress, for an institution. */
    COORDINATOR,
    /** Creates courses (institution scope) or edits one (course scope). */
    AUTHOR,
    /** Grades submissions of a course (only the course scope counts: see {@link RoleScope}). */
    GRADER,
    /** Reviews a course's drafts before they are published (an invited expert; course scope). */
    REVIEWER;

    /** The role name carried by the security identity, e.g. "institution-admin". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
