package org.surgalt.identity.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.surgalt.identity.User;
import org.surgalt.identity.UserRepository;
import org.surgalt.identity.session.SignInSessions;
import org.surgalt.platform.DomainException;

/** Local accounts: checking a password at sign-in (with throttling), setting and changing it. */
@ApplicationScoped
public class LocalAccountService {

    // An account gets 5 tries, then pauses of 30 s, 60 s, 120 s ... up to 15 min.
    static final int ACCOUNT_FREE_FAILURES = 5;
    static final Duration ACCOUNT_FIRST_PAUSE = Duration.ofSeconds(30);
    // A client address is often a whole school behind one router: more tries, same pauses.
    static final int ADDRESS_FREE_FAILURES = 50;
    static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    private final UserRepository users;
    private final LocalCredentialRepository credentials;
    private final LoginThrottleRepository throttles;
    private final PasswordHasher hasher;
    private final SignInSessions sessions;

    LocalAccountService(UserRepository users, LocalCredentialRepository credentials,
            LoginThrottleRepository throttles, PasswordHasher hasher, SignInSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.credentials = credentials;
        this.throttles = throttles;
        this.hasher = hasher;
    }

    /**
     * @return the user's id when the password is right and neither the account nor the address
     *         is paused; empty otherwise, whatever the reason (no account, wrong password, paused)
     */
    @Transactional
    public Optional<Long> authenticate(String email, String password, String address) {
        Instant now = Instant.now();
        String accountKey = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        // Locking the account's row makes parallel guesses at one account wait for each other.
        LoginThrottle account = lockedThrottle(LoginThrottle.Scope.ACCOUNT, accountKey);
        LoginThrottle byAddress = throttles.findByIdOptional(new LoginThrottle.Key(LoginThrottle.Scope.ADDRESS, address))
                .orElse(null);
        boolean paused = account.blockedAt(now) || (byAddress != null && byAddress.blockedAt(now));

        Optional<User> user = paused || accountKey.isEmpty() ? Optional.empty()
                : users.findByEmail(accountKey).filter(u -> !u.isDisabled());
        Optional<LocalCredential> credential = user.flatMap(u -> credentials.findByIdOptional(u.id()));
        boolean ok = credential.isPresent() && hasher.matches(password, credential.get().passwordHash());
        if (credential.isEmpty()) {
            hasher.spendTheSameTime(password);
        }
        if (ok && !paused) {
            throttles.delete(account);
            return Optional.of(credential.get().userId());
        }
        account.recordFailure(now, ACCOUNT_FREE_FAILURES, ACCOUNT_FIRST_PAUSE, MAX_PAUSE);
        lockedThrottle(LoginThrottle.Scope.ADDRESS, address)
                .recordFailure(now, ADDRESS_FREE_FAILURES, ACCOUNT_FIRST_PAUSE, MAX_PAUSE);
        return Optional.empty();
    }

    private LoginThrottle lockedThrottle(LoginThrottle.Scope scope, String key) {
        // Create the row if missing without racing another instance, then lock it.
        throttles.getEntityManager().createNativeQuery(
                "INSERT IGNORE INTO login_throttle (scope, throttle_key, failures, last_failure_at) VALUES (?1, ?2, 0, ?3)")
                .setParameter(1, scope.name()).setParameter(2, key).setParameter(3, Instant.now())
                .executeUpdate();
        return throttles.findById(new LoginThrottle.Key(scope, key), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Gives a person a local password (or replaces it), e.g. when an admin creates the account. */
    @Transactional
    public void setPassword(long userId, String password) {
        String weakness = PasswordHasher.weakness(password);
        if (weakness != null) {
            throw DomainException.invalid("password", weakness);
        }
        String hash = hasher.hash(password);
        credentials.findByIdOptional(userId).ifPresentOrElse(c -> c.change(hash),
                () -> credentials.persist(new LocalCredential(userId, hash)));
    }

    /**
     * Changes the person's own password and ends every other session of theirs (someone who knew
     * the old password is signed out); the session {@code keepSession} they changed it in stays.
     */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, String keepSession) {
        LocalCredential credential = credentials.findByIdOptional(userId)
                .orElseThrow(() -> DomainException.invalid("currentPassword",
                        "this account signs in through its institution; change the password there"));
        if (!hasher.matches(currentPassword, credential.passwordHash())) {
            throw DomainException.invalid("currentPassword", "is not your current password");
        }
        setPassword(userId, newPassword);
        sessions.endAllExcept(userId, keepSession);
    }

    public boolean hasPassword(long userId) {
        return credentials.findByIdOptional(userId).isPresent();
    }
}
