package org.surgalt.web.security;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.surgalt.contentorigin.ContentOriginGate;

/**
 * The browser-hardening headers on every response, pages, API, static files and error pages
 * alike (including the 403s of {@link CsrfProtection}, which runs after this). A route rather
 * than {@code quarkus.http.header} config, because config cannot leave anything out and cannot
 * yield to a response that sets its own policy: a header the response already has is kept, so a
 * page that needs a wider policy (a content player in a frame, say) sets its own.
 *
 * <p>The CSP allows no inline script or style: templates link /static/ files. {@code form-action
 * 'self'} also applies to where a form post redirects in Chromium, so a single sign-on start that
 * must end at an external identity provider should be a link (GET), or the provider's origin has
 * to be added here.
 *
 * <p>Left out: Dev UI (dev mode only), and the CSP alone for Swagger UI, whose page runs an inline
 * script and which is not served in production.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final int ROUTE_ORDER = CsrfProtection.ROUTE_ORDER - 1;

    static final String CSP = "Content-Security-Policy";
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            CSP, POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    /**
     * The site's policy for a page that frames a player from the content origin (and nothing
     * else): only {@code frame-src} is widened; scripts, styles and the rest stay as they are.
     */
    public static String policyFraming(String contentOrigin) {
        return POLICY + "; frame-src 'self' " + contentOrigin;
    }

    private static final boolean DEV_MODE = LaunchMode.current() == LaunchMode.DEVELOPMENT;

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::add);
    }

    void add(RoutingContext rc) {
        String path = rc.normalizedPath();
        // The content origin sends its own policy (contentorigin/ContentOriginGate).
        if (!(DEV_MODE && path.startsWith("/q/dev-ui")) && !ContentOriginGate.isContentRequest(rc)) {
            boolean swaggerUi = path.startsWith("/q/swagger-ui");
            rc.addHeadersEndHandler(ignored -> {
                MultiMap headers = rc.response().headers();
                HEADERS.forEach((name, value) -> {
                    if (!headers.contains(name) && !(swaggerUi && name.equals(CSP))) {
                        headers.set(name, value);
                    }
                });
            });
        }
        rc.next();
    }
}
