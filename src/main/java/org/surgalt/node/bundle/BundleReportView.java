package org.surgalt.node.bundle;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;

/** An import's report in the reader's language, for the page and the API alike. */
public record BundleReportView(String source, int filesStored, int filesPresent, String files, List<Row> lines) {

    /** {@code outcome}: imported, skipped or refused; {@code message}: the outcome and why, in words. */
    public record Row(String course, int version, String outcome, String outcomeText, String reason) {
    }

    static BundleReportView of(BundleReport report, Locale locale) {
        BundleMessages words = MessageBundles.get(BundleMessages.class, Localized.Literal.of(
                "mn".equals(locale.getLanguage()) ? "mn" : "en"));
        List<Row> rows = report.lines().stream().map(line -> new Row(line.course(), line.version(),
                line.outcome().name().toLowerCase(Locale.ROOT), outcome(words, line.outcome()),
                reason(words, line.reason()))).toList();
        return new BundleReportView(report.source(), report.filesStored(), report.filesPresent(),
                words.bundle_report_files(report.filesStored(), report.filesPresent()), rows);
    }

    private static String outcome(BundleMessages words, BundleReport.Outcome outcome) {
        return switch (outcome) {
            case IMPORTED -> words.bundle_outcome_imported();
            case SKIPPED -> words.bundle_outcome_skipped();
            case REFUSED -> words.bundle_outcome_refused();
        };
    }

    private static String reason(BundleMessages words, BundleReport.Reason reason) {
        return switch (reason) {
            case NONE -> "";
            case ALREADY_THERE -> words.bundle_reason_already_there();
            case DIFFERENT_CONTENT -> words.bundle_reason_different_content();
            case LOCAL_COURSE -> words.bundle_reason_local_course();
            case OLDER_VERSION -> words.bundle_reason_older_version();
            case RELEASE_CONDITIONS -> words.bundle_reason_release_conditions();
        };
    }
}
