package org.surgalt.cohort;

import java.util.ArrayList;
import java.util.List;
import org.surgalt.cohort.ImportReport.Outcome;
import org.surgalt.cohort.ImportReport.RowResult;

/**
 * An import report as a page shows it, in the reader's language. Every error row is listed (up to
 * {@value #MAX_ERRORS}), other rows up to {@value #MAX_OTHERS}, so that a 50,000-row file's page
 * stays light; the totals count them all.
 */
public record ReportView(String fileError, List<RowView> rows, ImportReport.Totals totals, boolean partial,
        String sha256, boolean committed, boolean hasTeams) {

    static final int MAX_ERRORS = 1000;
    static final int MAX_OTHERS = 200;

    /** {@code team}: the team the row puts the person in ("" for none), {@code newTeam} when it is made for it. */
    public record RowView(int row, String email, String name, String institution, String outcome, String detail,
            boolean error, String team, boolean newTeam) {
    }

    static ReportView of(ImportReport report, CohortMessages messages) {
        List<RowView> rows = new ArrayList<>();
        int errors = 0;
        int others = 0;
        for (RowResult result : report.rows()) {
            boolean error = result.outcome() == Outcome.ERROR;
            if (error ? errors++ >= MAX_ERRORS : others++ >= MAX_OTHERS) {
                continue;
            }
            rows.add(new RowView(result.row(), result.email(), result.name(), result.institutionCode(),
                    outcome(result.outcome(), messages), detail(result, messages), error, result.team(),
                    result.newTeam()));
        }
        return new ReportView(fileError(report, messages), rows, report.totals(), rows.size() < report.rows().size(),
                report.sha256(), report.committed(), report.rows().stream().anyMatch(r -> !r.team().isEmpty()));
    }

    public boolean hasErrors() {
        return totals.errors() > 0;
    }

    public boolean committable() {
        return fileError == null && totals.errors() == 0;
    }

    private static String outcome(Outcome outcome, CohortMessages messages) {
        return switch (outcome) {
            case NEW_USER -> messages.import_outcome_new_user();
            case MATCHED -> messages.import_outcome_matched();
            case ALREADY_MEMBER -> messages.import_outcome_already();
            case ERROR -> messages.import_outcome_error();
        };
    }

    private static String detail(RowResult result, CohortMessages messages) {
        if (result.problem() != null) {
            return switch (result.problem()) {
                case INVALID_EMAIL -> messages.import_error_invalid_email(result.email());
                case EMPTY_NAME -> messages.import_error_empty_name();
                case NAME_TOO_LONG -> messages.import_error_name_too_long(result.detail());
                case EMPTY_INSTITUTION -> messages.import_error_empty_institution();
                case UNKNOWN_INSTITUTION -> messages.import_error_unknown_institution(result.institutionCode());
                case BAD_LOCALE -> messages.import_error_bad_locale(result.detail());
                case DUPLICATE -> messages.import_error_duplicate(result.detail());
                case MISSING_VALUES -> messages.import_error_missing_values();
                case TEAM_TOO_LONG -> messages.import_error_team_too_long(result.detail());
            };
        }
        if (result.withheld()) {
            return messages.import_note_withheld();
        }
        if (result.otherInstitution() != null) {
            return result.otherInstitution().isEmpty()
                    ? messages.import_note_no_institution(result.institutionCode())
                    : messages.import_note_institution(result.otherInstitution(), result.institutionCode());
        }
        return null;
    }

    private static String fileError(ImportReport report, CohortMessages messages) {
        if (report.fileProblem() == null) {
            return null;
        }
        String detail = report.fileDetail() == null ? "" : report.fileDetail();
        return switch (report.fileProblem()) {
            case NOT_UTF8 -> messages.import_file_not_utf8();
            case HEADER -> messages.import_file_header(EnrolmentCsv.EXPECTED_HEADER, detail);
            case TOO_MANY_ROWS -> messages.import_file_too_many_rows(detail);
            case TOO_LARGE -> messages.import_file_too_large(detail);
            case MALFORMED -> messages.import_file_malformed(detail);
            case EMPTY -> messages.import_file_empty();
        };
    }
}
