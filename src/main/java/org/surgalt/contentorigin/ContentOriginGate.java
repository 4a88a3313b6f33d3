package org.surgalt.contentorigin;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the two origins apart before anything else runs. At the content origin only the content
 * routes ({@link #PATHS}) answer, so content script that calls the application's addresses from
 * there reaches nothing; at the application's origin the content routes do not answer, so
 * author-written HTML never runs where the learner's session cookie is sent.
 *
 * <p>Responses of the content origin carry its own policy instead of the application's
 * (web/security skips them): framing only by the application, connections only to itself. The
 * rest stays open, because packages load fonts, images and videos from wherever their authors
 * put them.
 */
@ApplicationScoped
public class ContentOriginGate {

    /** Set on a request that arrived at the content origin; the application's filters leave it alone. */
    public static final String CONTENT_REQUEST = "surgalt.content-origin";
    /** Players and their files, at the content origin only. */
    static final java.util.List<String> PATHS = java.util.List.of("/scorm/", "/cmi5/", "/h5p/");
    /** The LRS answers at both origins: content calls it at its own origin, other systems at the application's. */
    static final String BOTH = "/xapi/";
    /** Before the security headers and CSRF (web/security), which run at -1001 and -1000. */
    static final int ROUTE_ORDER = -1100;
    static final long MAX_POST_BYTES = 4L << 20;

    private final ContentOrigin origin;

    ContentOriginGate(ContentOrigin origin) {
        this.origin = origin;
    }

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::gate);
    }

    public static boolean isContentRequest(RoutingContext rc) {
        return Boolean.TRUE.equals(rc.get(CONTENT_REQUEST));
    }

    void gate(RoutingContext rc) {
        String path = rc.normalizedPath();
        boolean contentPath = PATHS.stream().anyMatch(path::startsWith);
        if (path.startsWith(BOTH) || path.equals("/xapi")) {
            if (origin.serves(rc.request())) {
                rc.put(CONTENT_REQUEST, Boolean.TRUE);
            }
            rc.next();
            return;
        }
        if (!origin.serves(rc.request())) {
            if (contentPath) {
                notFound(rc);
            } else {
                rc.next();
            }
            return;
        }
        if (!contentPath) {
            notFound(rc);
            return;
        }
        if (tooLarge(rc)) {
            rc.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                    .end("{\"result\":false,\"errorCode\":101,\"message\":\"The request is larger than "
                            + MAX_POST_BYTES + " bytes\"}");
            return;
        }
        rc.put(CONTENT_REQUEST, Boolean.TRUE);
        String policy = "default-src * data: blob: 'unsafe-inline' 'unsafe-eval'; connect-src 'self'; "
                + "frame-ancestors 'self' " + origin.appFor(rc.request());
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("Content-Security-Policy", policy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            // Nothing here is ever a cookie's business: drop any an extension might set.
            headers.remove("Set-Cookie");
        });
        rc.next();
    }

    /**
     * The content origin takes only small posts (runtime data), whatever the application's body
     * limit (uploads of 2 GB): a post must say its length, and not more than this, before a byte
     * of it is read. Browsers say it for fetch and sendBeacon bodies.
     */
    private static boolean tooLarge(RoutingContext rc) {
        if (rc.request().method() != io.vertx.core.http.HttpMethod.POST) {
            return false;
        }
        String length = rc.request().getHeader("Content-Length");
        try {
            return length == null || Long.parseLong(length.strip()) > MAX_POST_BYTES;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static void notFound(RoutingContext rc) {
        rc.response().setStatusCode(404).putHeader("Content-Type", "text/plain;charset=UTF-8")
                .putHeader("X-Content-Type-Options", "nosniff").end("Not found");
    }
}
