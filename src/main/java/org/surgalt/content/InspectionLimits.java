package org.surgalt.content;

import java.time.Duration;

/**
 * The values of {@link ContentConfig}, as a plain value so that inspection runs without CDI.
 * {@code maxAbandoned}: timed-out inspections whose reader is still running, after which no new
 * one starts.
 */
public record InspectionLimits(int maxTextChars, Duration timeout, int maxArchiveEntries, long maxArchiveBytes,
        int maxCompressionRatio, int maxAbandoned) {

    public static InspectionLimits defaults() {
        return new InspectionLimits(200_000, Duration.ofSeconds(30), 10_000, 2L << 30, 100, 2);
    }

    static InspectionLimits of(ContentConfig config) {
        return new InspectionLimits(config.maxTextChars(), config.inspectionTimeout(), config.maxArchiveEntries(),
                config.maxArchiveBytes(), config.maxCompressionRatio(), config.inspection().maxAbandoned());
    }

    public InspectionLimits withMaxArchiveBytes(long bytes) {
        return new InspectionLimits(maxTextChars, timeout, maxArchiveEntries, bytes, maxCompressionRatio,
                maxAbandoned);
    }

    public InspectionLimits withMaxArchiveEntries(int entries) {
        return new InspectionLimits(maxTextChars, timeout, entries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned);
    }

    public InspectionLimits withMaxTextChars(int chars) {
        return new InspectionLimits(chars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned);
    }

    public InspectionLimits withTimeout(Duration limit) {
        return new InspectionLimits(maxTextChars, limit, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                maxAbandoned);
    }

    public InspectionLimits withMaxAbandoned(int workers) {
        return new InspectionLimits(maxTextChars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio,
                workers);
    }
}
