package org.surgalt.contentorigin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Where content written by others (SCORM, later xAPI, cmi5 and H5P packages) is served: an
 * origin of its own, which never receives the application's cookies.
 */
@ConfigMapping(prefix = "surgalt.content")
public interface ContentOriginConfig {

    /**
     * The content origin in production, e.g. {@code https://surgalt-content.example.net}: best a
     * registrable domain of its own (as Canvas serves user files from another domain). Unset, the
     * origin is the application's host name with {@link #hostPrefix()} in front, on the same
     * scheme and port ({@code http://content.localhost:8080} for {@code ./run}: browsers resolve
     * every {@code *.localhost} name to the loopback address).
     */
    Optional<String> origin();

    /** The application's own origin, required with {@link #origin()}: the only page that may frame content. */
    Optional<String> appOrigin();

    @WithDefault("content.")
    String hostPrefix();

    /** How long the address that opens a player stays usable: it is followed at once. */
    @WithDefault("PT5M")
    Duration launchTtl();

    /**
     * How long a player's token lasts without a commit; every accepted commit renews it, so a
     * learner who keeps working is never cut off, and a forgotten tab stops being able to write.
     */
    @WithDefault("PT4H")
    Duration sessionTtl();
}
