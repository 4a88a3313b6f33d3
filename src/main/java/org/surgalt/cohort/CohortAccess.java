package org.surgalt.cohort;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * Who may run cohorts: site admins and site-wide coordinators all of them; a coordinator granted
 * one cohort that one; a coordinator the cohorts they created. Any coordinator may create one.
 */
@ApplicationScoped
public class CohortAccess {

    private final CohortMemberRepository members;
    private final CohortRepository cohorts;
    private final IdentityService identity;

    CohortAccess(CohortMemberRepository members, CohortRepository cohorts, IdentityService identity) {
        this.members = members;
        this.cohorts = cohorts;
        this.identity = identity;
    }

    /**
     * Whether a coordinator answers for a learner's training: coordinators of the whole site, of
     * the learner's institution, or of a cohort the learner is in (granted it or its creator, as
     * {@link #canManage} has it: the cohort's report links its members' progress pages). Other
     * features (progress pages, certificates) ask this one rule rather than each querying memberships.
     */
    public boolean coordinatesLearner(Viewer viewer, long learnerId) {
        if (viewer.grants().contains(Grant.site(Role.COORDINATOR))) {
            return true;
        }
        List<Long> coordinated = coordinatedCohorts(viewer);
        if (!coordinated.isEmpty() && members.inAnyOf(learnerId, coordinated)) {
            return true;
        }
        return viewer.hasAnywhere(Role.COORDINATOR) && identity.findUser(learnerId)
                .map(user -> user.institution() != null
                        && viewer.hasInInstitution(Role.COORDINATOR, user.institution().id()))
                .orElse(false);
    }

    /**
     * Of these people, the ones a viewer already sees by name and institution: everyone for site
     * admins and site coordinators; else the people of the institutions they coordinate or
     * administer (as the people list shows them) and the members of the cohorts they coordinate.
     * {@link #coordinatesLearner} for many people at once, plus institution admins: keep them in step.
     */
    public Set<Long> identifiable(Viewer viewer, Collection<User> people) {
        Set<Long> seen = new HashSet<>();
        boolean everyone = viewer.isAdmin() || viewer.grants().contains(Grant.site(Role.COORDINATOR));
        for (User person : people) {
            Long institution = person.institution() == null ? null : person.institution().id();
            if (everyone || (institution != null && (viewer.hasInInstitution(Role.COORDINATOR, institution)
                    || viewer.hasInInstitution(Role.INSTITUTION_ADMIN, institution)))) {
                seen.add(person.id());
            }
        }
        List<Long> ids = people.stream().map(User::id).filter(id -> !seen.contains(id)).toList();
        if (!ids.isEmpty()) {
            coordinatedCohorts(viewer).forEach(cohortId -> seen.addAll(members.membersAmong(cohortId, ids)));
        }
        return seen;
    }

    /** The cohorts {@link #canManage} lets a coordinator run short of all of them: granted, or created by them. */
    private List<Long> coordinatedCohorts(Viewer viewer) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        viewer.grants().stream()
                .filter(grant -> grant.role() == Role.COORDINATOR && grant.scope() == RoleGrant.Scope.COHORT)
                .forEach(grant -> ids.add(grant.scopeId()));
        if (viewer.hasAnywhere(Role.COORDINATOR)) {
            ids.addAll(cohorts.idsCreatedBy(viewer.userId()));
        }
        return List.copyOf(ids);
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

    /** Takes part in the cohort's own spaces (its forums, issue 22): its members and whoever manages it. */
    public boolean takesPart(Viewer viewer, Cohort cohort) {
        return canManage(viewer, cohort) || members.inAnyOf(viewer.userId(), List.of(cohort.id()));
    }

    public void requireCanManage(Viewer viewer, Cohort cohort) {
        if (!canManage(viewer, cohort)) {
            throw DomainException.forbidden("Only the cohort's coordinators and admins manage it.");
        }
    }
}
