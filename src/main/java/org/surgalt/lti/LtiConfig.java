package org.surgalt.lti;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** surgalt.lti.*: the platform's issuer and how long its keys and launches live (deploy/CONFIGURATION.md). */
@ConfigMapping(prefix = "surgalt.lti")
public interface LtiConfig {

    /**
     * The platform's issuer (iss): this site's public address, without a trailing slash. Unset: the
     * scheme, host and port the request came in on.
     */
    Optional<String> issuer();

    /** A signing key older than this is replaced at the next launch; the one before stays published. */
    @WithDefault("P90D")
    Duration keyRotation();

    /** How long a launch's login hint, and the id_token made from it, may be used. */
    @WithDefault("PT5M")
    Duration launchLifetime();
}
