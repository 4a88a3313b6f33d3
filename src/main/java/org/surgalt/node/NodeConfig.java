package org.surgalt.node;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The national side of school nodes (issue 24). */
@ConfigMapping(prefix = "surgalt.node")
public interface NodeConfig {

    /**
     * The national site's address as nodes name it in their tokens' {@code aud}, and as enrolment tells
     * them. Unset: {@code surgalt.notification.base-url}.
     */
    Optional<String> issuer();

    /** How long a registered node's enrolment code works. */
    @WithDefault("PT72H")
    Duration enrolmentCodeTtl();

    /** How far ahead of this server's clock a node's {@code iat} may be (lab PCs' clocks drift). */
    @WithDefault("PT60S")
    Duration clockSkew();
}
