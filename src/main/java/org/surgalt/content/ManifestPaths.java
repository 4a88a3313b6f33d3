package org.surgalt.content;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Resolves a launch address from a manifest against the files in the package. */
public final class ManifestPaths {

    private ManifestPaths() {
    }

    public static boolean isAbsoluteUrl(String href) {
        try {
            return URI.create(href.strip()).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Relative launch files must be in the package; absolute web addresses are left to the player. */
    static void requireInPackage(String href, ArchiveListing listing) throws InspectionRejected {
        if (isAbsoluteUrl(href)) {
            String scheme = URI.create(href.strip()).getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InspectionRejected("The launch URL " + href + " is not a web address");
            }
            return;
        }
        String path = normalize(href);
        if (path == null) {
            throw new InspectionRejected("The launch file " + href + " points outside the package");
        }
        if (!listing.contains(path)) {
            throw new InspectionRejected("The launch file " + path + " is not in the package");
        }
    }

    /** "a/./b/../c.html?x=1#top" → "a/c.html"; null when it climbs above the root. */
    public static String normalize(String href) {
        String path = href.strip();
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not percent-encoded after all: take it literally.
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
