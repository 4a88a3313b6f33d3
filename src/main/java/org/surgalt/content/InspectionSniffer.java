package org.surgalt.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Narrow corrections to Tika's verdict, each from the bytes and each towards a type we serve
 * safely: legacy-charset text, ISO MP4s that Tika calls QuickTime, and markup that Tika took for
 * plain text (UTF-16 HTML without a byte-order mark).
 */
final class InspectionSniffer {

    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "dash", "M4V ", "mmp4");
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(html|!doctype|script|svg|\\?xml|iframe|body|head)\\b", Pattern.CASE_INSENSITIVE);

    private InspectionSniffer() {
    }

    static String refine(String type, Path file, String name) throws IOException {
        if (type.equals("application/octet-stream") && name != null
                && name.toLowerCase(Locale.ROOT).endsWith(".txt") && hasNoControlBytes(file)) {
            return "text/plain";
        }
        if (type.equals("video/quicktime") && MP4_BRANDS.contains(majorBrand(file))) {
            return "video/mp4";
        }
        return type;
    }

    static boolean looksLikeMarkup(String text) {
        return MARKUP.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
    }

    private static boolean hasNoControlBytes(Path file) throws IOException {
        byte[] head = readHead(file, 64 * 1024);
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                return false;
            }
        }
        return head.length > 0;
    }

    private static String majorBrand(Path file) throws IOException {
        byte[] head = readHead(file, 12);
        if (head.length < 12 || !new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return "";
        }
        return new String(head, 8, 4, StandardCharsets.ISO_8859_1);
    }

    private static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }
}
