package org.surgalt.admin;

import java.util.ArrayList;
import java.util.List;
import org.surgalt.identity.InstitutionImport;
import org.surgalt.identity.InstitutionImport.Outcome;

/**
 * A school list's check as the page shows it, in the reader's language: every error row (up to
 * {@value #MAX_ERRORS}) and other rows up to {@value #MAX_OTHERS}; the totals count them all.
 */
public record ImportView(String fileError, List<RowView> rows, InstitutionImport.Totals totals, boolean partial,
        String sha256) {

    static final int MAX_ERRORS = 1000;
    static final int MAX_OTHERS = 500;

    public record RowView(int row, String code, String name, String kind, String aimag, String soum, String outcome,
            String detail, boolean error) {
    }

    static ImportView of(InstitutionImport report, AdminMessages text) {
        List<RowView> rows = new ArrayList<>();
        int errors = 0;
        int others = 0;
        for (InstitutionImport.Row row : report.rows()) {
            boolean error = row.outcome() == Outcome.ERROR;
            if (error ? errors++ >= MAX_ERRORS : others++ >= MAX_OTHERS) {
                continue;
            }
            rows.add(new RowView(row.row(), row.code(), row.name(), row.kind(), row.aimag(), row.soum(),
                    outcome(row.outcome(), text), detail(row, text), error));
        }
        return new ImportView(fileError(report, text), rows, report.totals(), rows.size() < report.rows().size(),
                report.sha256());
    }

    public boolean hasErrors() {
        return totals.errors() > 0;
    }

    public boolean applicable() {
        return fileError == null && totals.errors() == 0;
    }

    private static String outcome(Outcome outcome, AdminMessages text) {
        return switch (outcome) {
            case CREATED -> text.import_outcome_created();
            case UPDATED -> text.import_outcome_updated();
            case UNCHANGED -> text.import_outcome_unchanged();
            case ERROR -> text.import_outcome_error();
        };
    }

    private static String detail(InstitutionImport.Row row, AdminMessages text) {
        if (row.problem() == null) {
            return row.newSoum() ? text.import_new_soum(row.soum(), row.aimag()) : null;
        }
        return switch (row.problem()) {
            case MISSING_VALUES -> text.import_problem_missing();
            case BAD_CODE -> text.import_problem_code();
            case DUPLICATE -> text.import_problem_duplicate(Integer.parseInt(row.detail()));
            case EMPTY_NAME -> text.import_problem_empty_name();
            case NAME_TOO_LONG -> text.import_problem_long_name();
            case BAD_KIND -> text.import_problem_kind(row.kind());
            case UNKNOWN_AIMAG -> text.import_problem_aimag(row.aimag());
            case UNKNOWN_SOUM -> text.import_problem_soum(row.soum(), row.aimag());
            case RETIRED -> text.import_problem_retired();
        };
    }

    private static String fileError(InstitutionImport report, AdminMessages text) {
        if (report.fileProblem() == null) {
            return null;
        }
        String detail = report.fileDetail() == null ? "" : report.fileDetail();
        return switch (report.fileProblem()) {
            case NOT_UTF8 -> text.import_file_not_utf8();
            case HEADER -> text.import_file_header(InstitutionImport.HEADER, detail);
            case TOO_MANY_ROWS -> text.import_file_too_many_rows(detail);
            case TOO_LARGE -> text.import_file_too_large(detail);
            case MALFORMED -> text.import_file_malformed(detail);
            case EMPTY -> text.import_file_empty();
        };
    }
}
