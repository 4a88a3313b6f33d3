package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.platform.DomainException;

/**
 * Granting and revoking roles, under {@link GrantAccess}'s rule, audited as "role.grant" and
 * "role.revoke" with the person's roles before and after. Grants are read from the database on
 * every request (a local session's viewer query, {@link ViewerService} for provider sign-ins), so a
 * change counts from the person's next request on every instance.
 */
@ApplicationScoped
public class RoleGrantService {

    /** A grant the person holds, with the name of its scope (null for the site); kind is null for a grant no rule honours. */
    public record Held(Grant grant, RoleScope kind, String scopeName) {
    }

    private final UserRepository users;
    private final RoleGrantRepository grants;
    private final InstitutionRepository institutions;
    private final UserAccess people;
    private final GrantAccess access;
    private final Instance<RoleScopes> scopes;
    private final AuditLog audit;

    RoleGrantService(UserRepository users, RoleGrantRepository grants, InstitutionRepository institutions,
            UserAccess people, GrantAccess access, Instance<RoleScopes> scopes, AuditLog audit) {
        this.users = users;
        this.grants = grants;
        this.institutions = institutions;
        this.people = people;
        this.access = access;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional
    public List<Held> held(Viewer viewer, long userId) {
        User user = person(userId);
        people.requireMaySee(viewer, user);
        return grants.grantsOf(userId).stream()
                .sorted(Comparator.comparing((Grant g) -> g.scope()).thenComparing(Grant::role).thenComparing(Grant::scopeId))
                .map(g -> new Held(g, RoleScope.of(g.role(), g.scope()).orElse(null), scopeName(g.scope(), g.scopeId())
                        .orElse(g.scope() == RoleGrant.Scope.SITE ? null : "#" + g.scopeId())))
                .toList();
    }

    /** What the viewer may grant this person (empty: show no form). */
    @Transactional
    public List<RoleScope> grantable(Viewer viewer, long userId) {
        User user = person(userId);
        return people.maySee(viewer, user) ? access.grantable(viewer, user) : List.of();
    }

    /** Refuses at once someone who may grant this person nothing, before their form is read. */
    @Transactional
    public void requireMayGrantAny(Viewer viewer, long userId) {
        User user = person(userId);
        people.requireMaySee(viewer, user);
        if (access.grantable(viewer, user).isEmpty()) {
            throw DomainException.forbidden("Site admins grant every role; an institution admin grants coordinator "
                    + "and author of their institution to its people.");
        }
    }

    /** @return false if the person held the role there already */
    @Transactional
    public boolean grant(Viewer viewer, long userId, RoleScope kind, long scopeId) {
        User user = person(userId);
        people.requireMaySee(viewer, user);
        Grant grant = kind.grant(scopeId);
        access.requireMayChange(viewer, user, grant);
        if (grant.scope() != RoleGrant.Scope.SITE && scopeName(grant.scope(), grant.scopeId()).isEmpty()) {
            throw DomainException.invalid("scope", "names no institution, course or cohort");
        }
        if (grants.exists(userId, grant)) {
            return false;
        }
        List<String> before = names(userId);
        grants.persist(new RoleGrant(userId, grant.role(), grant.scope(), grant.scopeId()));
        grants.flush();
        audit.record(AuditLog.by(viewer, "role.grant").object("person", userId).person(userId)
                .before(Map.of("roles", before)).after(Map.of("roles", names(userId))).detail(name(grant)));
        return true;
    }

    /** @return false if the person did not hold the role there */
    @Transactional
    public boolean revoke(Viewer viewer, long userId, Grant grant) {
        User user = person(userId);
        people.requireMaySee(viewer, user);
        access.requireMayChange(viewer, user, grant);
        List<String> before = names(userId);
        long deleted = grants.delete("userId = ?1 and role = ?2 and scopeType = ?3 and scopeId = ?4", userId,
                grant.role(), grant.scope(), grant.scope() == RoleGrant.Scope.SITE ? 0L : grant.scopeId());
        if (deleted == 0) {
            return false;
        }
        audit.record(AuditLog.by(viewer, "role.revoke").object("person", userId).person(userId)
                .before(Map.of("roles", before)).after(Map.of("roles", names(userId))).detail(name(grant)));
        return true;
    }

    /** The id of the institution, course or cohort a form names by its code. */
    @Transactional
    public long scopeId(RoleGrant.Scope scope, String code) {
        String trimmed = code == null ? "" : code.strip();
        Optional<Long> id = switch (scope) {
            case SITE -> Optional.of(0L);
            case INSTITUTION -> institutions.findByCode(trimmed).map(Institution::id);
            case COURSE, COHORT -> scopes.isResolvable() ? scopes.get().idOf(scope, trimmed) : Optional.empty();
        };
        return id.orElseThrow(() -> DomainException.invalid("scope", "names no institution, course or cohort"));
    }

    private Optional<String> scopeName(RoleGrant.Scope scope, long id) {
        return switch (scope) {
            case SITE -> Optional.empty();
            case INSTITUTION -> institutions.findByIdOptional(id).map(Institution::name);
            case COURSE, COHORT -> scopes.isResolvable() ? scopes.get().name(scope, id) : Optional.empty();
        };
    }

    private List<String> names(long userId) {
        return grants.grantsOf(userId).stream().map(RoleGrantService::name).sorted().toList();
    }

    /** As /api/me names grants: "coordinator@cohort:5". */
    public static String name(Grant g) {
        return g.role().id() + "@" + g.scope().name().toLowerCase(java.util.Locale.ROOT)
                + (g.scope() == RoleGrant.Scope.SITE ? "" : ":" + g.scopeId());
    }

    private User person(long userId) {
        return users.findByIdOptional(userId).orElseThrow(() -> DomainException.notFound("person", userId));
    }
}
