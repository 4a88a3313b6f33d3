package org.surgalt.identity.sso;

import io.quarkus.oidc.OIDCException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * A provider that stops answering fails the OIDC code flow before any endpoint runs, which
 * Quarkus would answer with a bare 500. Send the browser to the start of that provider's
 * sign-in instead, which explains, in the visitor's language, that it is not reachable.
 */
@ApplicationScoped
public class SsoFailures {

    private static final Logger LOG = Logger.getLogger(SsoFailures.class);

    void register(@Observes Router router) {
        router.route("/sso/*").failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!causedByProvider(context.failure()) || context.response().headWritten()) {
            context.next();
            return;
        }
        String path = context.normalizedPath();
        String code = path.substring("/sso/".length()).split("/")[0];
        LOG.warnf("Identity provider %s is not reachable: %s", code, context.failure().getMessage());
        context.response().setStatusCode(303)
                .putHeader("Location", SsoTenantResolver.LOGOUT_PATH.equals(path) ? "/" : "/login/sso/" + code)
                .end();
    }

    private static boolean causedByProvider(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OIDCException) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed instanceof OIDCException) {
                    return true;
                }
            }
        }
        return false;
    }
}
