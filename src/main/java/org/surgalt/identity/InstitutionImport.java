package org.surgalt.identity;

import java.util.List;
import org.surgalt.platform.CsvFile;

/**
 * What a school list does (a dry run) or did (applied): each row's outcome and the totals. A refused
 * file has no rows; a file with any error row is not applied.
 */
public record InstitutionImport(String sha256, String filename, CsvFile.FileProblem fileProblem, String fileDetail,
        List<Row> rows, Totals totals, boolean applied) {

    public static final String HEADER = "code,name,kind,aimag,soum";

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, ERROR
    }

    public enum Problem {
        MISSING_VALUES, BAD_CODE, DUPLICATE, EMPTY_NAME, NAME_TOO_LONG, BAD_KIND, UNKNOWN_AIMAG, UNKNOWN_SOUM, RETIRED
    }

    /**
     * One data row: {@code problem} and {@code detail} say why it is an error; {@code newSoum}: the
     * row's soum is not known yet and is added with it (only when the admin asked for that).
     */
    public record Row(int row, String code, String name, String kind, String aimag, String soum, Outcome outcome,
            Problem problem, String detail, boolean newSoum) {

        /** In English, for API clients; the page says it in the reader's language. */
        public String message() {
            if (problem == null) {
                return newSoum ? "adds the soum '" + soum + "' to " + aimag : null;
            }
            return switch (problem) {
                case MISSING_VALUES -> "the row has fewer values than the header";
                case BAD_CODE -> "the code must be 1 to 64 lower-case Latin letters, digits, dots, dashes or underscores";
                case DUPLICATE -> "the same code as row " + detail;
                case EMPTY_NAME -> "the name is empty";
                case NAME_TOO_LONG -> "the name is longer than 255 characters";
                case BAD_KIND -> "the kind must be school, university or ministry, not '" + kind + "'";
                case UNKNOWN_AIMAG -> "there is no aimag '" + aimag + "'";
                case UNKNOWN_SOUM -> "'" + soum + "' is not a known soum of " + aimag
                        + "; tick \"add new soums\" to add it";
                case RETIRED -> "the institution '" + code + "' is retired; un-retire it first";
            };
        }
    }

    public record Totals(int rows, int created, int updated, int unchanged, int errors) {
    }

    public static InstitutionImport refusedFile(CsvFile.FileProblem problem, String detail, String filename) {
        return new InstitutionImport(null, filename, problem, detail, List.of(), new Totals(0, 0, 0, 0, 0), false);
    }

    public boolean refused() {
        return fileProblem != null;
    }

    /** In English, for API clients. */
    public String fileMessage() {
        return fileProblem == null ? null : CsvFile.message(fileProblem, fileDetail, HEADER + " (any order and case)");
    }
}
