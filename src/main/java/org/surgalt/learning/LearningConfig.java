package org.surgalt.learning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "surgalt.learning")
public interface LearningConfig {

    /** The share of a video (0 to 1) a learner must have watched for it to count as viewed. */
    @WithDefault("0.8")
    double videoWatchShare();

    /** How many days ahead the home page shows deadlines and sessions. */
    @WithDefault("14")
    int upcomingDays();

    /** The time zone the home page writes dates in. */
    @WithDefault("Asia/Ulaanbaatar")
    ZoneId timeZone();
}
