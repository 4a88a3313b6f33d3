package org.surgalt.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "surgalt.notification")
public interface NotificationConfig {

    /** The address links in emails start with (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** How long before a deadline the reminder goes out. */
    @WithDefault("PT48H")
    Duration deadlineNotice();

    /** How often the deadline check runs (a Quarkus scheduler interval; "off" disables it). */
    @WithDefault("1h")
    String deadlineCheckInterval();

    /** The time zone dates in emails are written in. */
    @WithDefault("Asia/Ulaanbaatar")
    ZoneId timeZone();
}
