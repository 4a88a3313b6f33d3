package org.surgalt.cohort;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.surgalt.platform.CsvFile;

/**
 * Reads an enrolment file ({@link CsvFile}: UTF-8, a byte-order mark tolerated, streamed within
 * limits) with the header {@code email,name,institution_code[,locale][,team]} in any order and case;
 * {@code group} is another name for {@code team} (issue 22: the team of the cohort the person joins).
 */
public final class EnrolmentCsv {

    public static final List<String> REQUIRED = List.of("email", "name", "institution_code");
    public static final String LOCALE = "locale";
    public static final String EXPECTED_HEADER = "email,name,institution_code,locale";
    public static final String TEAM = "team";
    public static final String GROUP = "group";
    private static final CsvFile.Columns COLUMNS = new CsvFile.Columns(REQUIRED, List.of(LOCALE, TEAM, GROUP));

    /** A data row as read; {@code row} is its row in a spreadsheet (the header is row 1). */
    public record Row(int row, String email, String name, String institutionCode, String locale, String problem,
            String team) {

        public Row(int row, String email, String name, String institutionCode, String locale, String problem) {
            this(row, email, name, institutionCode, locale, problem, "");
        }
    }

    /** The rows (empty when the file is refused), the file's SHA-256 and, if refused, why. */
    public record Parsed(List<Row> rows, String sha256, CsvFile.FileProblem problem, String detail) {

        public boolean refused() {
            return problem != null;
        }
    }

    private EnrolmentCsv() {
    }

    public static Parsed read(InputStream in, int maxRows, long maxBytes) {
        CsvFile.Parsed parsed = CsvFile.read(in, COLUMNS, maxRows, maxBytes);
        return new Parsed(parsed.lines().stream().map(EnrolmentCsv::row).toList(), parsed.sha256(), parsed.problem(),
                parsed.detail());
    }

    private static Row row(CsvFile.Line line) {
        if (line.problem() != null) {
            return new Row(line.row(), line.get("email"), "", "", "", line.problem(), "");
        }
        String team = line.get(TEAM).isEmpty() ? line.get(GROUP) : line.get(TEAM);
        return new Row(line.row(), line.get("email"), line.get("name"), line.get("institution_code"),
                line.get(LOCALE), null, team.strip());
    }

    static final Set<String> LOCALES = Set.of("en", "mn");
}
