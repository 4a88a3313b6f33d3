package org.surgalt.admin.rights;

import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.identity.Role;
import org.surgalt.identity.User;
import org.surgalt.identity.UserAccess;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who exports or erases a person's data: a site admin (anyone but themselves), or an admin of the
 * person's institution over whom {@link UserAccess#mayManage} holds (people of the institution
 * whose roles are all below institution admin and held there). Coordinators, who may end a plain
 * member's sessions, may not: erasure cannot be undone and an export holds everything.
 */
@ApplicationScoped
public class PersonDataAccess {

    private final UserAccess access;

    PersonDataAccess(UserAccess access) {
        this.access = access;
    }

    public boolean mayHandle(Viewer viewer, User person) {
        if (!viewer.isAdmin() && (person.institution() == null
                || !viewer.hasInInstitution(Role.INSTITUTION_ADMIN, person.institution().id()))) {
            return false;
        }
        return access.mayManage(viewer, person);
    }

    public void requireMayHandle(Viewer viewer, User person) {
        if (!mayHandle(viewer, person)) {
            throw DomainException.forbidden(
                    "Only a site admin, or an admin of the person's institution with authority over them, exports or erases a person's data.");
        }
    }
}
