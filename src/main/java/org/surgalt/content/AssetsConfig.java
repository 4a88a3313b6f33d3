package org.surgalt.content;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "surgalt.assets")
public interface AssetsConfig {

    /** The asset volume: shared by every instance, since uploads continue wherever they land. */
    @WithDefault("data/assets")
    Path root();

    @WithDefault("2G")
    MemorySize maxUploadSize();

    /**
     * The largest file a plain form (a browser without JavaScript) may send: the form's body is
     * taken whole, with no resuming, so it is kept to what a lab connection sends in one go.
     */
    @WithDefault("50M")
    MemorySize maxFormUploadSize();

    /**
     * Room an upload must leave free on the asset volume: one that would eat into it is refused at
     * creation with 507, so that a full disk is said before any byte is written.
     */
    @WithDefault("256M")
    MemorySize minFree();

    /** An upload nobody added bytes to for this long is expired and its partial file deleted. */
    @WithDefault("PT24H")
    Duration uploadExpiry();

    /** How often expired uploads are looked for (a Quarkus scheduler interval; "off" disables it). */
    @WithDefault("15m")
    String cleanupInterval();
}
