package org.surgalt.platform;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file with a header (bulk enrolment, the school list): UTF-8 (strictly: a
 * spreadsheet's windows-1251 export is refused, not turned into question marks), a byte-order mark
 * tolerated, the columns named in the header in any order and case. The file is streamed: reading
 * stops at the byte limit or at the first row past the row limit, so memory holds at most the rows
 * a file may have. Each importer says what its columns are and what a row means.
 */
public final class CsvFile {

    /** Why a whole file is refused. */
    public enum FileProblem {
        NOT_UTF8, HEADER, TOO_MANY_ROWS, TOO_LARGE, MALFORMED, EMPTY
    }

    /** The columns a file must have and those it may have. */
    public record Columns(List<String> required, List<String> optional) {
    }

    /**
     * A data row as read: {@code row} is its row in a spreadsheet (the header is row 1), values by
     * column name ("" for an optional column the file lacks); {@code problem} is set when the row
     * has fewer values than the header ("values 2/3").
     */
    public record Line(int row, Map<String, String> values, String problem) {

        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The rows (empty when the file is refused), the file's SHA-256 and, if refused, why. */
    public record Parsed(List<Line> lines, String sha256, FileProblem problem, String detail) {

        public boolean refused() {
            return problem != null;
        }
    }

    private CsvFile() {
    }

    /**
     * Why a file was refused, in English (for API clients); {@code header}: the header it should have,
     * as said to people ("email,name,institution_code,locale (locale optional, any order and case)").
     */
    public static String message(FileProblem problem, String detail, String header) {
        return switch (problem) {
            case NOT_UTF8 -> "The file is not UTF-8; save it as CSV UTF-8.";
            case HEADER -> "The header must be " + header + "; the file has: " + detail;
            case TOO_MANY_ROWS -> "The file has more than " + detail + " rows; split it into smaller files.";
            case TOO_LARGE -> "The file is larger than " + detail + " bytes; split it into smaller files.";
            case MALFORMED -> "The file is not valid CSV near row " + detail + ": check its quotation marks.";
            case EMPTY -> "The file has no rows after the header.";
        };
    }

    public static Parsed read(InputStream in, Columns columns, int maxRows, long maxBytes) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        LimitedStream limited = new LimitedStream(new DigestInputStream(in, digest), maxBytes);
        try {
            Reader reader = withoutBom(new InputStreamReader(limited, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
            List<Line> lines = new ArrayList<>();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Map<String, Integer> header = header(parser.getHeaderNames(), columns);
                if (header == null) {
                    return refused(digest, FileProblem.HEADER, String.join(",", parser.getHeaderNames()));
                }
                for (CSVRecord record : parser) {
                    // The line the record ends on: a spreadsheet's row number (empty lines counted).
                    int line = (int) parser.getCurrentLineNumber();
                    if (blank(record)) {
                        continue;
                    }
                    if (lines.size() == maxRows) {
                        return refused(digest, FileProblem.TOO_MANY_ROWS, Integer.toString(maxRows));
                    }
                    lines.add(line(line, record, header));
                }
                drain(limited);
            }
            if (lines.isEmpty()) {
                return refused(digest, FileProblem.EMPTY, null);
            }
            return new Parsed(List.copyOf(lines), hex(digest), null, null);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failure(digest, e, maxBytes);
        }
    }

    /** Column positions by name, or null when the header lacks a required column or names another. */
    private static Map<String, Integer> header(List<String> names, Columns columns) {
        Map<String, Integer> positions = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!(columns.required().contains(name) || columns.optional().contains(name))
                    || positions.put(name, i) != null) {
                return null;
            }
        }
        return positions.keySet().containsAll(columns.required()) ? positions : null;
    }

    private static Line line(int line, CSVRecord record, Map<String, Integer> header) {
        int width = header.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<String, String> values = new LinkedHashMap<>();
        header.forEach((name, index) -> values.put(name, index < record.size() ? record.get(index).strip() : ""));
        return new Line(line, values, record.size() < width ? "values " + record.size() + "/" + width : null);
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Parsed failure(MessageDigest digest, Exception e, long maxBytes) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return refused(digest, FileProblem.NOT_UTF8, null);
            }
            if (cause instanceof TooLarge) {
                return refused(digest, FileProblem.TOO_LARGE, Long.toString(maxBytes));
            }
        }
        if (e instanceof IllegalArgumentException) {
            // commons-csv refuses a header that names a column twice.
            return refused(digest, FileProblem.HEADER, e.getMessage());
        }
        // Only where, never the parser's own words (they name Java classes).
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line:? (\\d+)")
                .matcher(String.valueOf(e.getMessage()));
        return refused(digest, FileProblem.MALFORMED, line.find() ? line.group(1) : "?");
    }

    private static Parsed refused(MessageDigest digest, FileProblem problem, String detail) {
        return new Parsed(List.of(), hex(digest), problem, detail);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** Whatever the parser left unread still counts for the SHA-256 and the byte limit. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) != -1) {
            // counted and digested
        }
    }

    /** Thrown by {@link LimitedStream} past the byte limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Refuses to read more than the limit, without reading it first. */
    static final class LimitedStream extends FilterInputStream {
        private final long limit;
        private long count;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, limit + 1 - count));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }

}
