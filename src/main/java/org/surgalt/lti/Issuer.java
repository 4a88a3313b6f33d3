package org.surgalt.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

/** This platform's issuer for the request at hand: the configured one, else the address it came in on. */
@RequestScoped
class Issuer {

    private final LtiConfig config;
    private final UriInfo uri;

    Issuer(LtiConfig config, UriInfo uri) {
        this.config = config;
        this.uri = uri;
    }

    String value() {
        return config.issuer().map(value -> value.replaceAll("/+$", "")).orElseGet(() -> {
            var base = uri.getBaseUri();
            return base.getScheme() + "://" + base.getRawAuthority();
        });
    }
}
