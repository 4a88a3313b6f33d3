package org.surgalt.discussion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** surgalt.discussion.*: documented in deploy/CONFIGURATION.md. */
@ConfigMapping(prefix = "surgalt.discussion")
public interface DiscussionConfig {

    /** How long after posting its author may still change a post. */
    @WithDefault("30M")
    Duration editWindow();

    /** Posts one person may write in a minute, in all forums together; the next is refused (429). */
    @WithDefault("6")
    int postsPerMinute();

    /** Posts a thread's page shows at a time (each carries its reply and report forms: 25 stay inside the page budget). */
    @WithDefault("25")
    int postsPerPage();

    /** Threads a forum's page lists at a time. */
    @WithDefault("50")
    int threadsPerPage();

    /** How often each instance asks for the daily digest run (an interval, or "off"). */
    @WithDefault("1h")
    String digestCheckInterval();
}
