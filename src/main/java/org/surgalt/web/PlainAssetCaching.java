package org.surgalt.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Quarkus serves /static/surgalt.css (the plain address) as "immutable"; that address changes
 * content on every upgrade, so it gets a short max-age without "immutable". Pages link the
 * fingerprinted addresses (web/Assets), which alone are kept for a year.
 */
@ApplicationScoped
public class PlainAssetCaching {

    static final String PLAIN = "public, max-age=300";

    void register(@Observes Router router) {
        router.route("/static/*").order(-100).handler(this::shortCaching);
    }

    void shortCaching(RoutingContext rc) {
        String file = rc.normalizedPath().substring("/static/".length());
        if (Assets.parse(file).isEmpty()) {
            rc.addHeadersEndHandler(ignored -> {
                if (rc.response().getStatusCode() == 200 || rc.response().getStatusCode() == 304) {
                    rc.response().headers().set("Cache-Control", PLAIN);
                }
            });
        }
        rc.next();
    }
}
