package org.surgalt.content;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits for inspecting uploads ({@code surgalt.content.*}). */
@ConfigMapping(prefix = "surgalt.content")
public interface ContentConfig {

    /** Extracted text beyond this many characters is cut off and the inspection marked truncated. */
    @WithDefault("200000")
    int maxTextChars();

    /** Wall-clock limit for one inspection (detection, parsing, archive scan). */
    @WithDefault("30s")
    Duration inspectionTimeout();

    @WithDefault("10000")
    int maxArchiveEntries();

    /** Total uncompressed bytes of an archive, counted while streaming it (2 GiB). */
    @WithDefault("2147483648")
    long maxArchiveBytes();

    /** Uncompressed : compressed, per archive entry. */
    @WithDefault("100")
    int maxCompressionRatio();

    /** {@code surgalt.content.inspection.*} */
    Workers inspection();

    interface Workers {

        /**
         * Inspections that overran the timeout and whose reader is still running (it ignores being
         * interrupted). At this many, the instance starts no new inspection until one finishes.
         */
        @WithDefault("2")
        int maxAbandoned();
    }
}
