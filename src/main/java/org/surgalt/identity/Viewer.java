package org.surgalt.identity;

import java.util.Locale;
import java.util.Set;

/** The signed-in person making a request, with every grant they hold for it. */
public record Viewer(long userId, String email, String displayName, Locale locale, Long institutionId,
        Set<Grant> grants) {

    public static final String ATTRIBUTE = "surgalt.viewer";

    public boolean isAdmin() {
        return grants.contains(Grant.site(Role.ADMIN));
    }

    /** Holds the role anywhere (site, any institution, any course). */
    public boolean hasAnywhere(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean hasInInstitution(Role role, long institution) {
        return grants.contains(Grant.institution(role, institution));
    }

    public boolean hasInCourse(Role role, long course) {
        return grants.contains(Grant.course(role, course));
    }
}
