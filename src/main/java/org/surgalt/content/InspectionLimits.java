package org.surgalt.content;

import java.time.Duration;

/**
 * The values of {@link ContentConfig}, as a plain value so that inspection runs without CDI.
 * {@code maxAbandoned}: timed-out inspections whose reader is still running, after which no new
 * one starts. {@code maxImagePixels}, {@code maxImageSide}: the largest image, by what its header
 * declares.
 */
public record InspectionLimits(int maxTextChars, Duration timeout, int maxArchiveEntries, long maxArchiveBytes,
        int maxCompressionRatio, int maxAbandoned, long maxImagePixels, int maxImageSide) {

    public static InspectionLimits defaults() {
        return new InspectionLimits(200_000, Duration.ofSeconds(30), 10_000, 2L << 30, 100, 2, 40_000_000, 12_000);
    }

    /** The limits before images had theirs: archive tests set only these. */
    public InspectionLimits(int maxTextChars, Duration timeout, int maxArchiveEntries, long maxArchiveBytes,
            int maxCompressionRatio, int maxAbandoned) {
        this(maxTextChars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio, maxAbandoned,
                defaults().maxImagePixels(), defaults().maxImageSide());
    }

    static InspectionLimits of(ContentConfig config) {
        return new InspectionLimits(config.maxTextChars(), config.inspectionTimeout(), config.maxArchiveEntries(),
                config.maxArchiveBytes(), config.maxCompressionRatio(), config.inspection().maxAbandoned(),
                config.maxImagePixels(), config.maxImageSide());
    }

    public InspectionLimits withMaxArchiveBytes(long bytes) {
        return new InspectionLimits(maxTextChars, timeout, maxArchiveEntries, bytes, maxCompressionRatio,
                maxAbandoned, maxImagePixels, maxImageSide);
    }

    public InspectionLimits withMaxArchiveEntries(int entries) {
        return new InspectionLimits(maxTextChars, timeout, entries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned, maxImagePixels, maxImageSide);
    }

    public InspectionLimits withMaxTextChars(int chars) {
        return new InspectionLimits(chars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned, maxImagePixels, maxImageSide);
    }

    public InspectionLimits withTimeout(Duration limit) {
        return new InspectionLimits(maxTextChars, limit, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned, maxImagePixels, maxImageSide);
    }

    public InspectionLimits withMaxAbandoned(int workers) {
        return new InspectionLimits(maxTextChars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                workers, maxImagePixels, maxImageSide);
    }

    public InspectionLimits withMaxImage(long pixels, int side) {
        return new InspectionLimits(maxTextChars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned, pixels, side);
    }
}
