package org.surgalt.content;

import java.time.Duration;

/** The values of {@link ContentConfig}, as a plain value so that inspection runs without CDI. */
public record InspectionLimits(int maxTextChars, Duration timeout, int maxArchiveEntries, long maxArchiveBytes,
        int maxCompressionRatio) {

    public static InspectionLimits defaults() {
        return new InspectionLimits(200_000, Duration.ofSeconds(30), 10_000, 2L << 30, 100);
    }

    static InspectionLimits of(ContentConfig config) {
        return new InspectionLimits(config.maxTextChars(), config.inspectionTimeout(), config.maxArchiveEntries(),
                config.maxArchiveBytes(), config.maxCompressionRatio());
    }

    public InspectionLimits withMaxArchiveBytes(long bytes) {
        return new InspectionLimits(maxTextChars, timeout, maxArchiveEntries, bytes, maxCompressionRatio);
    }

    public InspectionLimits withMaxArchiveEntries(int entries) {
        return new InspectionLimits(maxTextChars, timeout, entries, maxArchiveBytes, maxCompressionRatio);
    }

    public InspectionLimits withMaxTextChars(int chars) {
        return new InspectionLimits(chars, timeout, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio);
    }

    public InspectionLimits withTimeout(Duration limit) {
        return new InspectionLimits(maxTextChars, limit, maxArchiveEntries, maxArchiveBytes, maxCompressionRatio);
    }
}
