package org.surgalt.web;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

    /**
     * Where to go once signed in: a page of ours, but never a sign-in page itself. Returning there
     * would ask again, and every "Sign in" link built on it would nest another {@code return=}
     * ({@code /login?return=/login?return=...}); the sign-in page's own {@code return} is followed instead.
     */
    public static String afterSignIn(String returnTo) {
        String target = orHome(returnTo);
        while (isSignInPage(target)) {
            // Each step takes a part of the address before it, so this ends.
            target = orHome(parameter(target, "return"));
        }
        return target;
    }

    /** The sign-in page that comes back to {@code here} (the page a person is on) afterwards. */
    public static String signInLink(String here) {
        String target = afterSignIn(here);
        return "/".equals(target) ? "/login" : "/login?return=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static boolean isSignInPage(String target) {
        String path = target.split("[?#]", 2)[0];
        return path.equals("/login") || path.startsWith("/login/") || path.equals("/logout")
                || path.equals("/j_security_check");
    }

    private static String parameter(String target, String name) {
        int query = target.indexOf('?');
        if (query < 0) {
            return null;
        }
        String parameters = target.substring(query + 1).split("#", 2)[0];
        for (String pair : parameters.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
