package org.surgalt.badge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The issuer every Open Badges 3.0 credential names (deploy/CONFIGURATION.md, "Open Badges 3.0"). */
@ConfigMapping(prefix = "surgalt.badges")
public interface BadgeConfig {

    /** The institution that issues the certificates, as wallets show it. */
    @WithDefault("Surgalt")
    String issuerName();

    /** The institution's web site, shown as the issuer profile's url; unset: none. */
    Optional<String> issuerUrl();
}
