package org.surgalt.content;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits for inspecting uploads, and collecting the stored content nothing uses ({@code surgalt.content.*}). */
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

    /**
     * The most pixels an image may declare (width × height). A learner's browser decodes an image
     * to about 4 bytes a pixel: 40 million is 160 MB, about what a low-end phone can spare, and
     * still holds a 12 MP phone photo three times over or an A4 page scanned at 600 dpi (35 MP).
     */
    @WithDefault("40000000")
    long maxImagePixels();

    /** The longest side an image may declare, in pixels; refuses strips that are slim in pixels but not in width. */
    @WithDefault("12000")
    int maxImageSide();

    /**
     * The H5P libraries (machine names, e.g. {@code H5P.MultiChoice}) a package may contain or ask
     * for; unset, the libraries H5P ships for its common content types ({@link H5pLibraries}).
     * Setting it replaces that list.
     */
    java.util.Optional<java.util.Set<String>> h5pLibraries();

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

    /** {@code surgalt.content.asset-gc.*} */
    AssetGc assetGc();

    interface AssetGc {

        /**
         * Content nothing refers to is deleted only when it is older than this, so that an upload
         * that has just finished is never collected before it is attached.
         */
        @WithDefault("24h")
        Duration grace();

        /** How often the collection is queued (a Quarkus scheduler interval; "off" disables it). */
        @WithDefault("1h")
        String interval();
    }
}
