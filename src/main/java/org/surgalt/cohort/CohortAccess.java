package org.surgalt.cohort;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who may run cohorts: site admins and site-wide coordinators all of them; a coordinator granted
 * one cohort that one; a coordinator the cohorts they created. Any coordinator may create one.
 */
@ApplicationScoped
public class CohortAccess {

    private final CohortMemberRepository members;
    private final IdentityService identity;

    CohortAccess(CohortMemberRepository members, IdentityService identity) {
        this.members = members;
        this.identity = identity;
    }

    /**
     * Whether a coordinator answers for a learner's training: coordinators of the whole site, of
     * the learner's institution, or of a cohort the learner is in. Other features (progress pages,
     * certificates) ask this one rule rather than each querying memberships.
     */
    public boolean coordinatesLearner(Viewer viewer, long learnerId) {
        if (viewer.grants().contains(Grant.site(Role.COORDINATOR))) {
            return true;
        }
        List<Long> cohorts = viewer.grants().stream()
                .filter(grant -> grant.role() == Role.COORDINATOR && grant.scope() == RoleGrant.Scope.COHORT)
                .map(Grant::scopeId).toList();
        if (!cohorts.isEmpty() && members.inAnyOf(learnerId, cohorts)) {
            return true;
        }
        return viewer.hasAnywhere(Role.COORDINATOR) && identity.findUser(learnerId)
                .map(user -> user.institution() != null
                        && viewer.hasInInstitution(Role.COORDINATOR, user.institution().id()))
                .orElse(false);
    }

    public boolean canSeeCohorts(Viewer viewer) {
        return viewer.isAdmin() || viewer.hasAnywhere(Role.COORDINATOR);
    }

    public void requireCanSeeCohorts(Viewer viewer) {
        if (!canSeeCohorts(viewer)) {
            throw DomainException.forbidden("Only coordinators and admins run cohorts.");
        }
    }

    /** Sees and manages every cohort. */
    public boolean managesAll(Viewer viewer) {
        return viewer.isAdmin() || viewer.grants().contains(Grant.site(Role.COORDINATOR));
    }

    public boolean canManage(Viewer viewer, Cohort cohort) {
        return managesAll(viewer)
                || viewer.grants().contains(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, cohort.id()))
                || (cohort.createdBy() != null && cohort.createdBy() == viewer.userId()
                        && viewer.hasAnywhere(Role.COORDINATOR));
    }

    public void requireCanManage(Viewer viewer, Cohort cohort) {
        if (!canManage(viewer, cohort)) {
            throw DomainException.forbidden("Only the cohort's coordinators and admins manage it.");
        }
    }
}
