package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.identity.local.PasswordResetService;
import org.surgalt.identity.session.SignInSessions;
import org.surgalt.platform.DomainException;

/**
 * Managing people: site admins manage everyone; an institution's admins create its accounts; who
 * may reset, sign out or disable whom is {@link UserAccess}'s rule.
 */
@ApplicationScoped
public class UserAdminService {

    private final UserRepository users;
    private final IdentityService identity;
    private final LocalAccountService accounts;
    private final PasswordResetService resets;
    private final UserAccess access;
    private final SignInSessions sessions;
    private final AuditLog audit;

    UserAdminService(UserRepository users, IdentityService identity, LocalAccountService accounts,
            PasswordResetService resets, UserAccess access, SignInSessions sessions, AuditLog audit) {
        this.access = access;
        this.sessions = sessions;
        this.audit = audit;
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

    /**
     * Mails the person a link to set a new password; returns when it expires. The link is never
     * shown to the caller (a coordinator could otherwise sign in as anyone she may reset).
     */
    public Instant sendPasswordReset(Viewer viewer, long userId) {
        User user = person(userId);
        access.requireMayReset(viewer, user);
        Instant expires = resets.send(viewer.userId(), user);
        audit.record(viewer.userId(), AuditLog.Action.PASSWORD_RESET_SENT, user.id(), null);
        return expires;
    }

    /**
     * A link for a site admin to hand over in person, for an account whose mail does not reach
     * anyone: recorded in the audit log, and only for site admins.
     */
    @Transactional
    public PasswordResetService.Link handoverLink(Viewer viewer, long userId) {
        User user = person(userId);
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only site admins make a password link to hand over.");
        }
        access.requireMayReset(viewer, user);
        PasswordResetService.Link link = resets.create(viewer.userId(), user.id());
        audit.record(viewer.userId(), AuditLog.Action.PASSWORD_HANDOVER_LINK, user.id(), null);
        return link;
    }

    /** Signs the person out on every device, at once; returns how many sessions ended. */
    @Transactional
    public int endSessions(Viewer viewer, long userId) {
        User user = person(userId);
        access.requireMayManage(viewer, user);
        int ended = sessions.endAll(user.id());
        audit.record(viewer.userId(), AuditLog.Action.SESSIONS_ENDED, user.id(), ended + " sessions");
        return ended;
    }

    /** The person can no longer sign in, and is signed out everywhere now. */
    @Transactional
    public void disable(Viewer viewer, long userId) {
        User user = person(userId);
        access.requireMayManage(viewer, user);
        user.disable(Instant.now());
        int ended = sessions.endAll(user.id());
        audit.record(viewer.userId(), AuditLog.Action.PERSON_DISABLED, user.id(), ended + " sessions ended");
    }

    @Transactional
    public void enable(Viewer viewer, long userId) {
        User user = person(userId);
        access.requireMayManage(viewer, user);
        user.enable();
        audit.record(viewer.userId(), AuditLog.Action.PERSON_ENABLED, user.id(), null);
    }

    private User person(long userId) {
        return users.findByIdOptional(userId).orElseThrow(() -> DomainException.notFound("person", userId));
    }
}
