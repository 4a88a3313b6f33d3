package org.surgalt.platform.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "surgalt.jobs")
public interface JobsConfig {

    /** How many jobs one instance runs at the same time. */
    @WithDefault("4")
    int workers();

    /** How often an instance looks for due jobs (a Quarkus scheduler interval; "off" disables it). */
    @WithDefault("2s")
    String pollInterval();

    /** How long a claimed job is this instance's; after that another instance may take it. */
    @WithDefault("PT5M")
    Duration lease();

    @WithDefault("5")
    int maxAttempts();

    /** The wait after the first failure; every further failure waits four times longer. */
    @WithDefault("PT10S")
    Duration firstRetryDelay();
}
