package org.surgalt.reporting.warning;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The nudge mail's way out without signing in: a token "{user id}.{HMAC}" that names the learner
 * and proves that Surgalt wrote it. Its key is derived from the session key every instance shares
 * (as launch tokens' is), for this one use. It does not expire: an old mail's link still works,
 * and all it can do is turn one kind of mail off (or on again) for that one person.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    private final byte[] key;

    UnsubscribeLinks(@ConfigProperty(name = "surgalt.session.key") String sessionKey) {
        this.key = hmac(sessionKey.getBytes(StandardCharsets.UTF_8), "surgalt nudge unsubscribe v1");
    }

    /** The token of the link in a learner's nudges. */
    public String token(long userId) {
        return token("", userId);
    }

    /**
     * A token for another mail's way out (discussion mail: a subscription's id): "{id}.{HMAC}" over
     * the purpose and the id, so a token of one purpose is worth nothing for another.
     */
    public String token(String purpose, long id) {
        return id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, purpose + id));
    }

    /** The learner a token was made for; empty for anything Surgalt did not sign. */
    Optional<Long> userOf(String token) {
        return idOf("", token);
    }

    /** The id a token of this purpose was made for; empty for anything Surgalt did not sign. */
    public Optional<Long> idOf(String purpose, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long userId;
        try {
            userId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean genuine = MessageDigest.isEqual(token(purpose, userId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(userId) : Optional.empty();
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
