package org.surgalt.identity.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.surgalt.platform.DomainException;

/** One-time password reset links: shown to the admin who makes one, used once, valid for a day. */
@ApplicationScoped
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordResetRepository resets;
    private final LocalAccountService accounts;

    PasswordResetService(PasswordResetRepository resets, LocalAccountService accounts) {
        this.resets = resets;
        this.accounts = accounts;
    }

    public record Link(String token, Instant expiresAt) {
        public String path() {
            return "/password-reset/" + token;
        }
    }

    /** The caller has checked that {@code actorId} may reset {@code userId}'s password. */
    @Transactional
    public Link create(long actorId, long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        PasswordReset reset = new PasswordReset(hash(token), userId, actorId, Instant.now().plus(VALID_FOR));
        resets.persist(reset);
        return new Link(token, reset.expiresAt());
    }

    public boolean usable(String token) {
        return resets.findByIdOptional(hash(token)).map(reset -> reset.usableAt(Instant.now())).orElse(false);
    }

    @Transactional
    public void reset(String token, String newPassword) {
        PasswordReset reset = resets.findByIdOptional(hash(token), LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.usableAt(Instant.now()))
                .orElseThrow(() -> DomainException.invalid("token", "this link has expired or was used already"));
        accounts.setPassword(reset.userId(), newPassword);
        reset.use(Instant.now());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
