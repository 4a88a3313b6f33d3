package org.surgalt.node;

import java.security.SecureRandom;
import java.util.Locale;
import org.surgalt.identity.SecretTokens;

/**
 * A node's one-time enrolment code: 24 base32 characters (120 random bits), shown in groups of four so
 * that an IT teacher can type it; only its SHA-256 is kept. 120 bits cannot be guessed in the 72 hours
 * a code lives, so enrolment needs no throttle of its own.
 */
final class EnrolmentCode {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 24;

    private EnrolmentCode() {
    }

    /** A new code as shown: "ABCD-EFGH-…". */
    static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash of a code as typed: dashes, spaces and case do not matter. */
    static String hash(String typed) {
        return SecretTokens.hash(normalize(typed));
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
