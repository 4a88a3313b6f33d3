package org.surgalt.cohort;

import org.surgalt.platform.CsvFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentCsvTest {

    private static EnrolmentCsv.Parsed read(byte[] bytes, int maxRows, long maxBytes) {
        // Closing the stream ends it, as a file's or a request's does.
        return EnrolmentCsv.read(new ByteArrayInputStream(bytes) {
            private boolean closed;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (closed) {
                    throw new IllegalStateException("read after close");
                }
                return super.read(b, off, len);
            }

            @Override
            public void close() {
                closed = true;
            }
        }, maxRows, maxBytes);
    }

    private static EnrolmentCsv.Parsed read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), 100, 1_000_000);
    }

    @Test
    void readsCyrillicWithAByteOrderMarkAndTheHeaderInAnyOrderAndCase() {
        EnrolmentCsv.Parsed parsed = read("\uFEFFName , EMAIL,Institution_Code\r\nБатбаярын Болд,Bold@School.mn,khovd-1\r\n"
                + "\"Дорж, Гэрэл\",gerel@school.mn,khovd-2\n");
        assertNull(parsed.problem());
        assertEquals(List.of(new EnrolmentCsv.Row(2, "Bold@School.mn", "Батбаярын Болд", "khovd-1", "", null),
                new EnrolmentCsv.Row(3, "gerel@school.mn", "Дорж, Гэрэл", "khovd-2", "", null)), parsed.rows());
        assertEquals(64, parsed.sha256().length());
    }

    @Test
    void rowNumbersAreTheSpreadsheetsEvenAfterEmptyLines() {
        EnrolmentCsv.Parsed parsed = read("email,name,institution_code,locale\n\na@b.mn,А,x,en\n,,,\nc@d.mn,Б,x,\n");
        assertEquals(List.of(2 + 1, 5), parsed.rows().stream().map(EnrolmentCsv.Row::row).toList());
        assertEquals("en", parsed.rows().get(0).locale());
    }

    @Test
    void aWindows1251FileIsRefusedAsNotUtf8() {
        byte[] bytes = ("email,name,institution_code\nbat@school.mn,").getBytes(StandardCharsets.US_ASCII);
        byte[] name = "Бат".getBytes(Charset.forName("windows-1251"));
        byte[] all = new byte[bytes.length + name.length + 3];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(name, 0, all, bytes.length, name.length);
        System.arraycopy(",x\n".getBytes(StandardCharsets.US_ASCII), 0, all, bytes.length + name.length, 3);
        EnrolmentCsv.Parsed parsed = read(all, 100, 1_000_000);
        assertEquals(CsvFile.FileProblem.NOT_UTF8, parsed.problem());
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void aWrongOrIncompleteHeaderIsRefused() {
        assertEquals(CsvFile.FileProblem.HEADER, read("email,name\na@b.mn,А\n").problem());
        assertEquals(CsvFile.FileProblem.HEADER, read("e-mail,name,institution_code\na@b.mn,А,x\n").problem());
        assertEquals(CsvFile.FileProblem.HEADER,
                read("email,name,institution_code,phone\na@b.mn,А,x,1\n").problem());
        assertEquals(CsvFile.FileProblem.HEADER, read("email,Email,name,institution_code\n").problem());
        assertEquals(CsvFile.FileProblem.HEADER, read("").problem());
        assertEquals(CsvFile.FileProblem.EMPTY, read("email,name,institution_code\n").problem());
    }

    @Test
    void readingStopsAtTheRowAndByteLimits() {
        StringBuilder text = new StringBuilder("email,name,institution_code\n");
        for (int i = 0; i < 11; i++) {
            text.append("p").append(i).append("@b.mn,Нэр,x\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(CsvFile.FileProblem.TOO_MANY_ROWS, read(bytes, 10, 1_000_000).problem());
        assertNull(read(bytes, 11, 1_000_000).problem());
        assertEquals(CsvFile.FileProblem.TOO_LARGE, read(bytes, 100, bytes.length - 1).problem());
        assertNull(read(bytes, 100, bytes.length).problem());
    }

    @Test
    void badQuotingIsRefusedWithItsRow() {
        EnrolmentCsv.Parsed parsed = read("email,name,institution_code\na@b.mn,А,x\nb@c.mn,\"Б\"x,y\n");
        assertEquals(CsvFile.FileProblem.MALFORMED, parsed.problem());
        assertEquals("3", parsed.detail());
    }

    @Test
    void aRowWithFewerValuesIsMarked() {
        EnrolmentCsv.Parsed parsed = read("email,name,institution_code\na@b.mn,А\n");
        assertEquals("a@b.mn", parsed.rows().get(0).email());
        assertEquals("values 2/3", parsed.rows().get(0).problem());
    }
}
