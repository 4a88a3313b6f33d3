package org.surgalt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String csv(Object... cells) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).record(Arrays.asList(cells));
        return out.toString();
    }

    @Test
    void aCellThatWouldStartAFormulaIsQuotedTextBehindASingleQuote() throws IOException {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'@SUM(1)\",\"'+1\",\"'-1\",\"'\tx\",\"'\rx\"\r\n",
                csv("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-1", "\tx", "\rx"));
    }

    @Test
    void otherCellsAndNumbersAreWrittenAsBefore() throws IOException {
        assertEquals("Ховд,3,-2,,\"a,b\",a=b\r\n", csv("Ховд", 3, -2, null, "a,b", "a=b"));
        assertEquals("\"\"\r\n", csv(List.of("").toArray()));
    }
}
