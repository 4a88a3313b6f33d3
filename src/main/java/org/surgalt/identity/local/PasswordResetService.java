package org.surgalt.identity.local;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.surgalt.identity.SecretTokens;
import org.surgalt.identity.User;
import org.surgalt.identity.session.SignInSessions;
import org.surgalt.platform.DomainException;

/**
 * One-time password reset links, used once, valid for a day. A reset is mailed to the account's
 * own address ({@link #send}); a link handed to an admin ({@link #create}) is a separate, audited
 * action of theirs. Setting a password with a link ends every session of the account.
 */
@ApplicationScoped
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(PasswordResetService.class);

    private final PasswordResetRepository resets;
    private final LocalAccountService accounts;
    private final PasswordResetMailer mailer;
    private final SignInSessions sessions;

    PasswordResetService(PasswordResetRepository resets, LocalAccountService accounts, PasswordResetMailer mailer,
            SignInSessions sessions) {
        this.resets = resets;
        this.accounts = accounts;
        this.mailer = mailer;
        this.sessions = sessions;
    }

    public record Link(String token, Instant expiresAt) {
        public String path() {
            return "/password-reset/" + token;
        }
    }

    /** The caller has checked that {@code actorId} may have a link for {@code userId}'s password. */
    @Transactional
    public Link create(long actorId, long userId) {
        String token = SecretTokens.newToken();
        PasswordReset reset = new PasswordReset(SecretTokens.hash(token), userId, actorId,
                Instant.now().plus(VALID_FOR));
        resets.persist(reset);
        return new Link(token, reset.expiresAt());
    }

    /**
     * Mails a new link to the person (the caller has checked that {@code actorId} may ask for it)
     * and returns when it expires. The link is stored before the mail goes and withdrawn if the
     * mail server refuses it, so that no link exists that nobody received.
     */
    public Instant send(long actorId, User user) {
        if (!PasswordResetMailer.reachable(user)) {
            throw DomainException.conflict("This person has no email address to send the link to.");
        }
        Link link = QuarkusTransaction.requiringNew().call(() -> create(actorId, user.id()));
        try {
            mailer.send(user, link);
        } catch (RuntimeException e) {
            LOG.warnf(e, "The password reset mail to person %d could not be sent", user.id());
            QuarkusTransaction.requiringNew().run(() -> resets.deleteById(SecretTokens.hash(link.token())));
            throw DomainException.conflict("The mail could not be sent; try again in a few minutes.");
        }
        return link.expiresAt();
    }

    public boolean usable(String token) {
        return resets.findByIdOptional(SecretTokens.hash(token)).map(reset -> reset.usableAt(Instant.now()))
                .orElse(false);
    }

    @Transactional
    public void reset(String token, String newPassword) {
        PasswordReset reset = resets.findByIdOptional(SecretTokens.hash(token), LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.usableAt(Instant.now()))
                .orElseThrow(() -> DomainException.invalid("token", "this link has expired or was used already"));
        accounts.setPassword(reset.userId(), newPassword);
        reset.use(Instant.now());
        // Whoever was signed in as this person before (maybe the reason for the reset) is no longer.
        sessions.endAll(reset.userId());
    }
}
