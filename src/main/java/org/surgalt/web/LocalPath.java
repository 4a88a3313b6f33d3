package org.surgalt.web;

import java.net.URI;

/** Where a "return to" parameter may send a browser: only a path on this site. */
public final class LocalPath {

    private LocalPath() {
    }

    /** The path itself when it is one of ours; "/" for "//evil.example", "https://...", garbage. */
    public static String orHome(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")) {
            return "/";
        }
        try {
            URI uri = URI.create(returnTo);
            return uri.getScheme() == null && uri.getAuthority() == null ? returnTo : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
