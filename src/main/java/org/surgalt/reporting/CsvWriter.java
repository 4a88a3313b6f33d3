package org.surgalt.reporting;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Every CSV the application writes goes through here, so that a spreadsheet opens each text cell
 * as text. A cell starting with {@code = + - @}, a tab or a carriage return would be read as a
 * formula (a learner named {@code =HYPERLINK(...)} becomes a link in the coordinator's Excel);
 * such a cell is written as OWASP advises: a single quote before it, and the whole cell quoted.
 * The rest of its text is kept as it was. Numbers are not text and are written as they are.
 */
public final class CsvWriter {

    private static final CSVFormat PLAIN = CSVFormat.DEFAULT;
    private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One record: each value a String, a Number or null (an empty cell). */
    public void record(List<?> values) throws IOException {
        boolean first = true;
        for (Object value : values) {
            String text = value == null || value instanceof Number ? null : value.toString();
            if (text != null && startsFormula(text)) {
                QUOTED.print("'" + text, out, first);
            } else {
                PLAIN.print(text == null ? value : text, out, first);
            }
            first = false;
        }
        PLAIN.println(out);
    }

    static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
