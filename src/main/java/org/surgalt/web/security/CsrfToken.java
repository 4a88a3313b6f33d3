package org.surgalt.web.security;

import io.quarkus.qute.RawString;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * This browser's CSRF token, for templates. {@link CsrfProtection} has already chosen it for the
 * request (the one in the {@value #COOKIE} cookie, or a new one that the response sets), so a page
 * always carries the token its next form post will be checked against.
 *
 * <p>Every form that posts puts the token in its action URL (that is where it is checked, see
 * {@link CsrfProtection}) and as a hidden field:
 *
 * <pre>{@code
 * <form method="post" action="/courses/{course.id}/enrol?_csrf={inject:csrf.token}">
 *   {inject:csrf.field}
 *   ...
 * </form>
 * }</pre>
 *
 * Script that posts sends it in the {@value #HEADER} header; the cookie is HttpOnly, so the page
 * has to hand it over, e.g. {@code <meta name="csrf-token" content="{inject:csrf.token}">}.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "surgalt-csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    static final String REQUEST_KEY = CsrfToken.class.getName();

    private static final SecureRandom RANDOM = new SecureRandom();
    // 32 random bytes in unpadded base64url: safe in a URL, an attribute and a cookie as they are.
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String token;

    CsrfToken(RoutingContext request) {
        String chosen = request.get(REQUEST_KEY);
        this.token = chosen == null ? "" : chosen;
    }

    public String token() {
        return token;
    }

    public RawString field() {
        return new RawString("<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token + "\">");
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }
}
