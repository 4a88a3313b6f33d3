package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.identity.local.PasswordResetService;
import org.surgalt.platform.DomainException;

/**
 * Managing people: site admins manage everyone; an institution's admins (and, for password
 * resets, its coordinators) manage the people of that institution.
 */
@ApplicationScoped
public class UserAdminService {

    private final UserRepository users;
    private final IdentityService identity;
    private final LocalAccountService accounts;
    private final PasswordResetService resets;

    UserAdminService(UserRepository users, IdentityService identity, LocalAccountService accounts,
            PasswordResetService resets) {
        this.users = users;
        this.identity = identity;
        this.accounts = accounts;
        this.resets = resets;
    }

    public List<User> visibleTo(Viewer viewer) {
        if (viewer.isAdmin()) {
            return users.list("order by displayName");
        }
        List<Long> institutions = viewer.grants().stream()
                .filter(g -> g.role() == Role.INSTITUTION_ADMIN || g.role() == Role.COORDINATOR)
                .filter(g -> g.scope() == RoleGrant.Scope.INSTITUTION)
                .map(Grant::scopeId).distinct().toList();
        if (institutions.isEmpty()) {
            throw DomainException.forbidden("Only admins and coordinators see the people of an institution.");
        }
        return users.list("institution.id in ?1 order by displayName", institutions);
    }

    @Transactional
    public User createLocal(Viewer viewer, String email, String displayName, String locale, String institutionCode,
            String password) {
        Institution institution = institutionCode == null ? null : identity.institution(institutionCode);
        if (!viewer.isAdmin() && (institution == null
                || !viewer.hasInInstitution(Role.INSTITUTION_ADMIN, institution.id()))) {
            throw DomainException.forbidden("Only an admin of the institution may create its accounts.");
        }
        if (users.findByEmail(email).isPresent()) {
            throw DomainException.conflict("A person with that email exists already.");
        }
        User user = new User(email, displayName, locale, institution);
        users.persist(user);
        if (password != null && !password.isEmpty()) {
            accounts.setPassword(user.id(), password);
        }
        return user;
    }

    public PasswordResetService.Link resetLink(Viewer viewer, long userId) {
        User user = users.findByIdOptional(userId).orElseThrow(() -> DomainException.notFound("person", userId));
        Long institution = user.institution() == null ? null : user.institution().id();
        boolean allowed = viewer.isAdmin() || (institution != null
                && (viewer.hasInInstitution(Role.INSTITUTION_ADMIN, institution)
                        || viewer.hasInInstitution(Role.COORDINATOR, institution)));
        if (!allowed) {
            throw DomainException.forbidden("Only an admin or coordinator of the person's institution may do this.");
        }
        if (user.id() == viewer.userId()) {
            throw DomainException.invalid("id", "change your own password on your account page");
        }
        return resets.create(viewer.userId(), user.id());
    }
}
