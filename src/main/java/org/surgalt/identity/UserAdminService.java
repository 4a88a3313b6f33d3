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

    /**
     * A local account: site admins make anyone's, an institution's admins its people's. Without a
     * password the person chooses one through a reset link (the caller mails it, once the account
     * exists). Audited as "person.create".
     */
    @Transactional
    public User createLocal(Viewer viewer, String email, String displayName, String locale, String institutionCode,
            String password) {
        String code = institutionCode == null ? "" : institutionCode.strip();
        Institution institution = code.isEmpty() ? null : identity.institution(code);
        if (!viewer.isAdmin() && (institution == null
                || !viewer.hasInInstitution(Role.INSTITUTION_ADMIN, institution.id()))) {
            throw DomainException.forbidden("Only an admin of the institution may create its accounts.");
        }
        String address = email == null ? "" : email.strip();
        if (users.findByEmail(address).isPresent()) {
            throw DomainException.conflict("A person with that email exists already.");
        }
        String name = displayName == null ? "" : displayName.strip();
        checkDetails(address, name, locale);
        User user = new User(address, name, locale, institution);
        users.persist(user);
        if (password != null && !password.isEmpty()) {
            accounts.setPassword(user.id(), password);
        }
        users.flush();
        audit.record(AuditLog.by(viewer, "person.create").object("person", user.id()).person(user.id())
                .after(PersonState.of(user)).detail(password == null || password.isEmpty() ? null : "with a password"));
        return user;
    }

    private static void checkDetails(String email, String name, String locale) {
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw DomainException.invalid("email", "must be an email address");
        }
        if (name.isEmpty() || name.length() > 200) {
            throw DomainException.invalid("displayName", "is required, at most 200 characters");
        }
        if (locale == null || !User.LOCALES.contains(locale)) {
            throw DomainException.invalid("locale", "must be en or mn");
        }
    }

    /** What an edit changed, for the audit log (no secrets). */
    public record PersonState(String email, String displayName, String locale, String institution) {
        static PersonState of(User user) {
            return new PersonState(user.email(), user.displayName(), user.locale().getLanguage(),
                    user.institution() == null ? null : user.institution().code());
        }
    }

    /**
     * Corrects a person's name, address, language and institution. Moving someone to another
     * institution (or out of one) is for site admins: an institution admin's authority stops at
     * their institution. The address stays unique, whatever its case.
     */
    @Transactional
    public User edit(Viewer viewer, long userId, PersonState input) {
        User user = person(userId);
        access.requireMayManage(viewer, user);
        String email = input.email() == null ? "" : input.email().strip();
        String name = input.displayName() == null ? "" : input.displayName().strip();
        if (users.findByEmail(email).filter(other -> !other.id().equals(user.id())).isPresent()) {
            throw DomainException.invalid("email", "is the address of another person");
        }
        checkDetails(email, name, input.locale());
        String code = input.institution() == null ? "" : input.institution().strip();
        Institution institution = code.isEmpty() ? null : identity.institution(code);
        Long before = user.institution() == null ? null : user.institution().id();
        Long after = institution == null ? null : institution.id();
        if (!java.util.Objects.equals(before, after) && !viewer.isAdmin()) {
            throw DomainException.invalid("institution", "only a site admin moves a person to another institution");
        }
        PersonState old = PersonState.of(user);
        user.correct(email, name);
        user.chooseLocale(input.locale());
        user.joinInstitution(institution);
        users.flush();
        PersonState now = PersonState.of(user);
        if (!now.equals(old)) {
            audit.record(AuditLog.by(viewer, "person.edit").object("person", user.id()).person(user.id())
                    .before(old).after(now));
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
