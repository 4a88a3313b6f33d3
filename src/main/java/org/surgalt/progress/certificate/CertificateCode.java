package org.surgalt.progress.certificate;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Certificate codes: 128 random bits in lower-case base32 (RFC 4648 alphabet, no padding), 26
 * characters. Unguessable, so knowing one certificate's code tells nothing about another's, and
 * short enough to type from paper.
 */
final class CertificateCode {

    static final int LENGTH = 26;
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    static String generate() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return base32(bits);
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int pending = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            pending += 8;
            while (pending >= 5) {
                out.append(ALPHABET[(buffer >>> (pending - 5)) & 31]);
                pending -= 5;
            }
        }
        if (pending > 0) {
            out.append(ALPHABET[(buffer << (5 - pending)) & 31]);
        }
        return out.toString();
    }

    /** As typed or scanned: either case, spaces and hyphens ignored. Anything else is looked up as it is (and not found). */
    static String normalize(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.strip().replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}
