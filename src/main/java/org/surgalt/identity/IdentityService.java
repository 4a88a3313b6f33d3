package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.surgalt.platform.DomainException;

@ApplicationScoped
public class IdentityService {

    private final InstitutionRepository institutions;
    private final UserRepository users;
    private final RoleGrantRepository grants;

    IdentityService(InstitutionRepository institutions, UserRepository users, RoleGrantRepository grants) {
        this.institutions = institutions;
        this.users = users;
        this.grants = grants;
    }

    /** @return the institution, or empty when one with that code exists already */
    @Transactional
    public Optional<Institution> createInstitutionIfAbsent(String code, String name, InstitutionKind kind,
            String aimag, String soum) {
        if (institutions.findByCode(code).isPresent()) {
            return Optional.empty();
        }
        Institution institution = new Institution(code, name, kind, aimag, soum);
        institutions.persist(institution);
        return Optional.of(institution);
    }

    /** @return the user, or empty when one with that email exists already */
    @Transactional
    public Optional<User> createUserIfAbsent(String email, String displayName, String locale, String institutionCode) {
        if (users.findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        Institution institution = null;
        if (institutionCode != null) {
            institution = institution(institutionCode);
        }
        User user = new User(email, displayName, locale, institution);
        users.persist(user);
        return Optional.of(user);
    }

    /** Gives a role; admin is site-wide, the others are given in the person's institution. */
    @Transactional
    public void grantInOwnInstitution(String email, Role role) {
        User user = users.findByEmail(email).orElseThrow(() -> DomainException.invalid("email", "no such person"));
        Grant grant;
        if (role == Role.ADMIN) {
            grant = Grant.site(role);
        } else if (user.institution() != null) {
            grant = Grant.institution(role, user.institution().id());
        } else {
            throw DomainException.invalid("roles", role.id() + " needs the person to belong to an institution");
        }
        grant(user.id(), grant);
    }

    @Transactional
    public void grant(long userId, Grant grant) {
        if (!grants.exists(userId, grant)) {
            grants.persist(new RoleGrant(userId, grant.role(), grant.scope(), grant.scopeId()));
        }
    }

    /** An institution new people may join: a retired one is kept for records, not offered. */
    public Institution institution(String code) {
        Institution institution = institutions.findByCode(code)
                .orElseThrow(() -> DomainException.invalid("institution", "'" + code + "' does not exist"));
        if (institution.retired()) {
            throw DomainException.invalid("institution", "'" + code + "' is retired");
        }
        return institution;
    }

    /** Whether anyone holds the site admin role (the first start asks). */
    @Transactional
    public boolean siteAdminExists() {
        return grants.count("role = ?1 and scopeType = ?2", Role.ADMIN, RoleGrant.Scope.SITE) > 0;
    }

    public Optional<User> findUserByEmail(String email) {
        return users.findByEmail(email);
    }

    /** Stores the language a person chose with the switch on every page (mails and certificates follow it). */
    @Transactional
    public void chooseLocale(long userId, String locale) {
        findUser(userId).ifPresent(user -> user.chooseLocale(locale));
    }

    /** For writing to someone (their address, name and language). */
    @Transactional
    public Optional<User> findUser(long id) {
        return users.findByIdOptional(id);
    }

    /** Display names by user id, for showing who reviewed or commented. */
    @Transactional
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        users.list("id in ?1", java.util.List.copyOf(ids)).forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    /** Institutions by code, in one query (for bulk enrolment); codes not found or retired are absent. */
    @Transactional
    public java.util.Map<String, Institution> institutionsByCode(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Institution> found = new java.util.HashMap<>();
        institutions.list("code in ?1 and retiredAt is null", java.util.List.copyOf(codes))
                .forEach(i -> found.put(i.code(), i));
        return found;
    }

    /**
     * People by email, a thousand addresses per query, keyed by the address in lower case (the
     * column compares without case, so "Bold@X.mn" finds bold@x.mn).
     */
    @Transactional
    public java.util.Map<String, User> usersByEmail(java.util.Collection<String> emails) {
        java.util.Map<String, User> found = new java.util.HashMap<>();
        java.util.List<String> all = java.util.List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1000) {
            users.list("email in ?1", all.subList(from, Math.min(all.size(), from + 1000)))
                    .forEach(user -> found.put(user.email().toLowerCase(java.util.Locale.ROOT), user));
        }
        return found;
    }

    /**
     * A person added by someone else (bulk enrolment), without a password: an admin or coordinator
     * of their institution gives them a password-reset link to set one. The caller has looked the
     * address up (in bulk, {@link #usersByEmail}); the column's unique key refuses a concurrent twin.
     */
    @Transactional
    public User createUser(String email, String displayName, String locale, Institution institution) {
        User user = new User(email, displayName, locale, institution);
        users.persist(user);
        return user;
    }
}
