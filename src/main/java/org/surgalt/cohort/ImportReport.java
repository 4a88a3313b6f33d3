package org.surgalt.cohort;

import java.util.List;
import org.surgalt.platform.CsvFile;

/**
 * What an enrolment file does (a dry run) or did (a commit): each row's outcome and the totals.
 * A refused file ({@code fileProblem}) has no rows; a file with any error row is not committed.
 */
public record ImportReport(String sha256, String filename, CsvFile.FileProblem fileProblem, String fileDetail,
        List<RowResult> rows, Totals totals, boolean committed) {

    public enum Outcome {
        NEW_USER, MATCHED, ALREADY_MEMBER, ERROR
    }

    public enum Problem {
        INVALID_EMAIL, EMPTY_NAME, NAME_TOO_LONG, EMPTY_INSTITUTION, UNKNOWN_INSTITUTION, BAD_LOCALE, DUPLICATE,
        MISSING_VALUES, TEAM_TOO_LONG
    }

    /**
     * One data row. {@code problem} and {@code detail} say why it is an error; {@code otherInstitution}
     * is set (a note, not an error) when a matched person works elsewhere than the file says
     * ("" when Surgalt knows no institution for them); {@code withheld}: the row names an existing
     * account the importer may not see, so the row shows what the file says, not the account.
     * {@code team}: the cohort's team the row puts the person in ("" for none), {@code newTeam} when
     * the cohort has no team of that name yet (the commit makes it).
     */
    public record RowResult(int row, String email, String name, String institutionCode, Outcome outcome,
            Problem problem, String detail, String otherInstitution, boolean withheld, String team, boolean newTeam) {

        public RowResult(int row, String email, String name, String institutionCode, Outcome outcome,
                Problem problem, String detail, String otherInstitution, boolean withheld) {
            this(row, email, name, institutionCode, outcome, problem, detail, otherInstitution, withheld, "", false);
        }

        RowResult withTeam(String newTeamName, boolean made) {
            return new RowResult(row, email, name, institutionCode, outcome, problem, detail, otherInstitution,
                    withheld, newTeamName, made);
        }

        /** The same row, refused for this problem. */
        RowResult refused(Problem why, String whyDetail) {
            return new RowResult(row, email, name, institutionCode, Outcome.ERROR, why, whyDetail, null, false, team,
                    false);
        }

        /** In English, for API clients; pages say it in the reader's language. */
        public String message() {
            if (problem != null) {
                return switch (problem) {
                    case INVALID_EMAIL -> "'" + email + "' is not an email address";
                    case EMPTY_NAME -> "the name is empty";
                    case NAME_TOO_LONG -> "the name is longer than " + detail + " characters";
                    case EMPTY_INSTITUTION -> "the institution code is empty";
                    case UNKNOWN_INSTITUTION -> "there is no institution with the code '" + institutionCode + "'";
                    case BAD_LOCALE -> "the locale must be en or mn, not '" + detail + "'";
                    case DUPLICATE -> "the same email as row " + detail;
                    case MISSING_VALUES -> "the row has fewer values than the header";
                    case TEAM_TOO_LONG -> "the team's name is longer than " + detail + " characters";
                };
            }
            if (withheld) {
                return "matched by email; this person is not among the people you coordinate, so their name and"
                        + " institution in Surgalt are not shown";
            }
            if (otherInstitution != null) {
                return "matched by email; Surgalt has them at " + (otherInstitution.isEmpty() ? "no institution"
                        : "'" + otherInstitution + "'") + ", the file says '" + institutionCode + "' (not changed)";
            }
            return null;
        }
    }

    /** {@code matched}: existing people who become members; {@code alreadyMembers}: no change. */
    public record Totals(int rows, int newUsers, int matched, int alreadyMembers, int errors) {
    }

    /** A file refused before it is read (e.g. larger than the limit). */
    public static ImportReport refusedFile(CsvFile.FileProblem problem, String detail, String filename) {
        return new ImportReport(null, filename, problem, detail, List.of(), new Totals(0, 0, 0, 0, 0), false);
    }

    public boolean refused() {
        return fileProblem != null;
    }

    /** In English, for API clients. */
    public String fileMessage() {
        return fileProblem == null ? null
                : CsvFile.message(fileProblem, fileDetail, EnrolmentCsv.EXPECTED_HEADER
                        + " (locale and team optional, any order and case)");
    }
}
