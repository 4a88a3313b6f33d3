package org.surgalt.cohort.session;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating check-in code, as TOTP (RFC 6238) makes one: six digits truncated from
 * HMAC-SHA256(session secret, 30-second window number). The facilitator's screen shows the
 * current one; a learner who types it in a room proves they are there.
 */
final class CheckinCode {

    static final int WINDOW_SECONDS = 30;

    private CheckinCode() {
    }

    static long window(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), WINDOW_SECONDS);
    }

    /** The instant the window after {@code at}'s begins (when the screen shows a new code). */
    static Instant nextWindowStart(Instant at) {
        return Instant.ofEpochSecond((window(at) + 1) * WINDOW_SECONDS);
    }

    static String of(byte[] secret, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(window).array());
            // RFC 4226 dynamic truncation: four bytes at the offset the last nibble names.
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
