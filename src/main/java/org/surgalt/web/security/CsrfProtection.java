package org.surgalt.web.security;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.surgalt.contentorigin.ContentOriginGate;

/**
 * Refuses state-changing requests (any method but GET, HEAD, OPTIONS, TRACE) that another site
 * could have made a visitor's browser send. Double-submit token, so any instance can check any
 * request without shared state: each browser gets a random token in the HttpOnly cookie
 * {@value CsrfToken#COOKIE}, pages repeat it in their forms (see {@link CsrfToken}), and a post
 * must present the same value. A cross-site page can make the browser send the cookie but cannot
 * read it, so it cannot present it.
 *
 * <p>The check is one Vert.x route that runs before CORS, authentication and every endpoint, so
 * it also covers what JAX-RS never sees, such as form login's {@code POST /j_security_check}:
 * <ol>
 * <li>If the request names its origin ({@code Origin}, else {@code Referer}), that must be this
 * site. No exemptions: current browsers send {@code Origin} on every cross-site post.
 * <li>It must present the token, in the {@value CsrfToken#HEADER} header or the {@code _csrf}
 * query parameter, unless it carries {@code Authorization: Bearer} (not ambient, a page cannot
 * make a browser add it) or is JSON sent to /api/ (a cross-site page cannot send JSON without a
 * CORS preflight, which this site does not grant). That covers every other body a page can post
 * cross-site: urlencoded, multipart, text/plain and none.
 * </ol>
 *
 * <p>Why the query parameter and not only the hidden field: reading the field means reading the
 * body here, and a body read here is gone for whoever comes next. Quarkus form login fails with
 * "Request has already been read" and multipart uploads would have to be buffered in memory. So
 * forms put the token in their action URL, and as a hidden field too, so that checking the body
 * later needs no change to any template. The URL is same-origin, and Referrer-Policy keeps it
 * from leaking to other sites; pages should still answer a post with a redirect so that the
 * token does not stay in the address bar.
 *
 * <p>Why not {@code quarkus-rest-csrf}, which Quarkus 3.33 now provides (evaluated for issue 18):
 * it is a Quarkus REST filter, so it never sees {@code POST /j_security_check} (form login is a
 * Vert.x handler) nor {@code /logout}, and the login form is the one a cross-site page would most
 * like to post (login CSRF); it reads the token from the form body, which here would have to be
 * buffered before form login and before streamed multipart uploads; and it does not check
 * {@code Origin}. It would cover a part of what this covers, so this stays the one check.
 */
@ApplicationScoped
public class CsrfProtection {

    /** Quarkus orders its filters at minus their priority: CORS -300, authentication -200. */
    static final int ROUTE_ORDER = -1000;

    private static final Logger LOG = Logger.getLogger(CsrfProtection.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    // Dev UI posts to itself; it exists only in dev mode, and only there is it left alone.
    private static final boolean DEV_MODE = LaunchMode.current() == LaunchMode.DEVELOPMENT;

    private final Refusal refusal;

    CsrfProtection(Refusal refusal) {
        this.refusal = refusal;
    }

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // Content-origin requests carry no cookie; each proves itself with a launch token instead.
        // The LRS (/xapi/) never reads the session cookie: its callers authenticate on every request.
        // Neither does an LTI tool's deep linking answer, a cross-site post by design: the tool's
        // signature and a single-use launch name the author (lti/LtiDeepLinkService); nor a tool's
        // token request, authenticated by the assertion it signs, nor its scores, by the token it got
        // (lti/LtiGradeService). Nor a school node: it enrols with its one-time code and signs each later
        // request (node/NodeAuthenticator).
        if (DEV_MODE && rc.normalizedPath().startsWith("/q/dev-ui") || ContentOriginGate.isContentRequest(rc)
                || rc.normalizedPath().startsWith("/xapi/") || rc.normalizedPath().equals("/lti/deep-links/return")
                || rc.normalizedPath().equals("/lti/token") || rc.normalizedPath().startsWith("/lti/ags/")
                || rc.normalizedPath().equals("/api/nodes/enrol") || rc.normalizedPath().startsWith("/api/node/")) {
            rc.next();
            return;
        }
        Cookie cookie = request.getCookie(CsrfToken.COOKIE);
        boolean known = cookie != null && CsrfToken.isWellFormed(cookie.getValue());
        String token = known ? cookie.getValue() : CsrfToken.generate();
        if (!known) {
            rc.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, token).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.LAX).setSecure(overTls(request)));
        }
        rc.put(CsrfToken.REQUEST_KEY, token);

        if (SAFE_METHODS.contains(request.method().name())) {
            rc.next();
        } else if (!SameOrigin.allows(request)) {
            refuse(rc, "it came from another origin");
        } else if (!needsToken(rc) || known && presents(rc, token)) {
            rc.next();
        } else {
            refuse(rc, known ? "its token is missing or wrong" : "the browser had no token yet");
        }
    }

    private static boolean needsToken(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String type = request.getHeader("Content-Type");
        if (type != null && rc.normalizedPath().startsWith("/api/")) {
            String mediaType = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            return !mediaType.equals("application/json")
                    && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"));
        }
        return true;
    }

    private static boolean presents(RoutingContext rc, String token) {
        String presented = rc.request().getHeader(CsrfToken.HEADER);
        if (presented == null) {
            try {
                presented = rc.queryParams().get(CsrfToken.FIELD);
            } catch (IllegalArgumentException malformedQuery) {
                return false;
            }
        }
        return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean overTls(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return "https".equalsIgnoreCase(request.scheme())
                || forwarded != null && "https".equalsIgnoreCase(forwarded.split(",", 2)[0].trim());
    }

    private void refuse(RoutingContext rc, String why) {
        LOG.debugf("Refused %s %s: %s", rc.request().method(), rc.request().path(), why);
        refusal.send(rc);
    }
}
