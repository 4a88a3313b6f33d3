package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.surgalt.platform.DomainException;

/**
 * Who may grant or revoke which role on whom: the one place this rule lives.
 * <ul>
 * <li>Nobody changes their own roles (a site admin cannot drop their own admin role by a slip:
 * another admin does it).</li>
 * <li>A site admin: every honoured role in every scope ({@link RoleScope}), to anyone else.</li>
 * <li>An institution admin of X: coordinator and author of X, to people of X whom they may manage
 * ({@link UserAccess#mayManage}: people with no role, or roles only in X below institution admin),
 * and revoking the same. Never admin, institution admin, or a course or cohort role: an
 * institution admin has no authority there.</li>
 * <li>Nobody else.</li>
 * </ul>
 */
@ApplicationScoped
public class GrantAccess {

    private static final List<RoleScope> INSTITUTION_ADMINS_GIVE = List.of(RoleScope.COORDINATOR_INSTITUTION,
            RoleScope.AUTHOR_INSTITUTION);

    private final UserAccess people;

    GrantAccess(UserAccess people) {
        this.people = people;
    }

    /** The kinds of grant the viewer may give or take on this person (the form offers only these). */
    public List<RoleScope> grantable(Viewer viewer, User target) {
        if (target.id() == viewer.userId()) {
            return List.of();
        }
        if (viewer.isAdmin()) {
            return Arrays.asList(RoleScope.values());
        }
        return institutionAdminOf(viewer, target) ? INSTITUTION_ADMINS_GIVE : List.of();
    }

    public boolean mayChange(Viewer viewer, User target, Grant grant) {
        if (target.id() == viewer.userId()) {
            return false;
        }
        if (viewer.isAdmin()) {
            return true;
        }
        return RoleScope.of(grant.role(), grant.scope()).filter(INSTITUTION_ADMINS_GIVE::contains).isPresent()
                && institutionAdminOf(viewer, target) && grant.scopeId() == target.institution().id();
    }

    public void requireMayChange(Viewer viewer, User target, Grant grant) {
        if (!mayChange(viewer, target, grant)) {
            throw target.id() == viewer.userId()
                    ? DomainException.forbidden("Another admin changes your roles.")
                    : DomainException.forbidden("Site admins grant every role; an institution admin grants coordinator "
                            + "and author of their institution to its people.");
        }
    }

    private boolean institutionAdminOf(Viewer viewer, User target) {
        return target.institution() != null
                && viewer.hasInInstitution(Role.INSTITUTION_ADMIN, target.institution().id())
                && people.mayManage(viewer, target);
    }
}
