package org.surgalt.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.surgalt.reporting.ReportTables.Cell;
import org.surgalt.reporting.ReportTables.Row;
import org.surgalt.reporting.ReportTables.Table;

/** Writes report tables as CSV ({@link CsvWriter}) and XLSX (fastexcel's streaming writer). */
public final class ReportExport {

    /** Excel opens a UTF-8 CSV as UTF-8 (Cyrillic intact) only when it starts with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private ReportExport() {
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CsvWriter csv = new CsvWriter(writer);
        csv.record(table.headers());
        for (Row row : table.rows()) {
            csv.record(row.cells().stream().map(Cell::value).toList());
        }
        writer.flush();
    }

    /** One sheet per table, its header row bold, numbers as numbers. */
    public static void xlsx(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Surgalt", "1.0");
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.sheet()));
            for (int column = 0; column < table.headers().size(); column++) {
                sheet.value(0, column, table.headers().get(column));
            }
            sheet.range(0, 0, 0, Math.max(0, table.headers().size() - 1)).style().bold().set();
            int r = 1;
            for (Row row : table.rows()) {
                for (int column = 0; column < row.cells().size(); column++) {
                    Object value = row.cells().get(column).value();
                    if (value instanceof Number number) {
                        sheet.value(r, column, number);
                    } else if (value != null) {
                        sheet.value(r, column, value.toString());
                    }
                }
                if (row.total()) {
                    sheet.range(r, 0, r, row.cells().size() - 1).style().bold().set();
                }
                r++;
            }
            sheet.finish();
        }
        workbook.finish();
    }

    /** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name.isEmpty() ? "Sheet" : name;
    }
}
