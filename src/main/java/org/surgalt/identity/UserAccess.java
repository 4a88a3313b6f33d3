package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.surgalt.identity.sso.ExternalIdentityRepository;
import org.surgalt.platform.DomainException;

/**
 * Who may act on another person's account (start a password reset, end their sessions, disable
 * or enable them): only someone whose authority is strictly above the person's in every scope the
 * person holds a role in. The one place this rule lives.
 * <ul>
 * <li>A site admin: anyone but themselves, other site admins included (nobody else ever acts on
 * a site admin).</li>
 * <li>An institution admin of X: people of X whose roles are all held in X and below institution
 * admin (coordinators, authors, graders, reviewers), and people of X with no role. Not someone
 * holding a role in a course or cohort: an institution admin has no authority there.</li>
 * <li>A coordinator of X: people of X with no role at all (teachers taking courses).</li>
 * <li>Nobody else, in particular no cohort coordinator, author or grader.</li>
 * </ul>
 * Roles that a provider's token gives are not stored, so an account that signs in through an
 * institution's provider may hold more than its stored grants show: only site admins give such an
 * account a password ({@link #mayReset}).
 */
@ApplicationScoped
public class UserAccess {

    private final RoleGrantRepository grants;
    private final ExternalIdentityRepository externalIdentities;

    UserAccess(RoleGrantRepository grants, ExternalIdentityRepository externalIdentities) {
        this.grants = grants;
        this.externalIdentities = externalIdentities;
    }

    /**
     * Seeing the person's page (name, email, roles): site admins see everyone; an institution's
     * admins and coordinators see its people, as the people list shows them.
     */
    public boolean maySee(Viewer viewer, User target) {
        if (viewer.isAdmin() || target.id() == viewer.userId()) {
            return true;
        }
        Long institution = target.institution() == null ? null : target.institution().id();
        return institution != null && authorityIn(viewer, institution) > NOBODY;
    }

    public void requireMaySee(Viewer viewer, User target) {
        if (!maySee(viewer, target)) {
            throw DomainException.forbidden("Only admins and coordinators of the person's institution see them.");
        }
    }

    /** Ending the person's sessions, disabling and enabling them. */
    public boolean mayManage(Viewer viewer, User target) {
        if (target.id() == viewer.userId()) {
            return false;
        }
        if (viewer.isAdmin()) {
            return true;
        }
        Long institution = target.institution() == null ? null : target.institution().id();
        if (institution == null) {
            return false;
        }
        return authorityIn(viewer, institution) > rankOf(grants.grantsOf(target.id()), institution);
    }

    /** Starting a password reset: {@link #mayManage}, and only site admins for provider accounts. */
    public boolean mayReset(Viewer viewer, User target) {
        return mayManage(viewer, target) && (viewer.isAdmin() || !externalIdentities.isLinked(target.id()));
    }

    public void requireMayManage(Viewer viewer, User target) {
        if (!mayManage(viewer, target)) {
            throw refusal(viewer, target);
        }
    }

    public void requireMayReset(Viewer viewer, User target) {
        if (!mayReset(viewer, target)) {
            throw refusal(viewer, target);
        }
    }

    private static DomainException refusal(Viewer viewer, User target) {
        if (target.id() == viewer.userId()) {
            return DomainException.invalid("id", "change your own password and sessions on your account page");
        }
        return DomainException.forbidden(
                "Only someone with more authority than this person, in every place they hold a role, may do this.");
    }

    private static final int NOBODY = 0;
    private static final int MEMBER = 1;
    private static final int STAFF = 2;
    private static final int INSTITUTION_ADMIN = 3;
    /** Beyond anyone but a site admin: a role in a scope no institution authority reaches. */
    private static final int OUT_OF_REACH = 4;

    /** What the viewer's roles in the institution let them do to its people (site admins aside). */
    private static int authorityIn(Viewer viewer, long institution) {
        if (viewer.hasInInstitution(Role.INSTITUTION_ADMIN, institution)) {
            return INSTITUTION_ADMIN;
        }
        if (viewer.hasInInstitution(Role.COORDINATOR, institution)) {
            return STAFF;
        }
        return NOBODY;
    }

    /** How much authority the person holds, as seen from their institution. */
    static int rankOf(Collection<Grant> held, long institution) {
        int rank = MEMBER;
        for (Grant grant : held) {
            int weight;
            if (grant.scope() == RoleGrant.Scope.INSTITUTION && grant.scopeId() == institution) {
                weight = grant.role() == Role.INSTITUTION_ADMIN ? INSTITUTION_ADMIN : STAFF;
            } else {
                // The site, a course, a cohort, or another institution.
                weight = OUT_OF_REACH;
            }
            rank = Math.max(rank, weight);
        }
        return rank;
    }
}
