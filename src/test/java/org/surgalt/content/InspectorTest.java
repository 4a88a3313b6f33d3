package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgalt.content.Inspection.Outcome;

/** What the inspector decides from the bytes, whatever the name says, and what it extracts. */
class InspectorTest {

    private static final Path TIKA = Path.of("src/test/resources/upload-torture/tika");
    private static final Path MONGOLIAN = Path.of("src/test/resources/mongolian");
    private final Inspector inspector = new Inspector(InspectionLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void aLinuxProgramNamedPdfIsRejectedAsAProgram() throws IOException {
        byte[] elf = new byte[4096];
        byte[] header = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0 };
        System.arraycopy(header, 0, elf, 0, header.length);
        Inspection inspection = inspector.inspect(write("x.pdf", elf), "x.pdf", FileKind.FILE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("program"), inspection.reason());
    }

    @Test
    void aWindowsProgramNamedPdfIsRejectedAsAProgram() throws IOException {
        byte[] pe = new byte[4096];
        pe[0] = 'M';
        pe[1] = 'Z';
        pe[0x3c] = (byte) 0x80;
        System.arraycopy(new byte[] { 'P', 'E', 0, 0, 0x4c, 0x01 }, 0, pe, 0x80, 6);
        Inspection inspection = inspector.inspect(write("y.pdf", pe), "y.pdf", FileKind.FILE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("program"), inspection.reason());
    }

    @Test
    void htmlNamedPdfIsRejectedAsHtml() throws IOException {
        Path file = write("notes.pdf", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        Inspection inspection = inspector.inspect(file, "notes.pdf", FileKind.FILE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().startsWith("The file is really text/html, which is not allowed for files "
                + "(allowed: PDF, Word (.docx)"), inspection.reason());
    }

    @Test
    void aDocxNamedTxtIsADocx() throws IOException {
        Path file = dir.resolve("essay.txt");
        Files.copy(TIKA.resolve("testWORD_various.docx"), file);
        Inspection inspection = inspector.inspect(file, "essay.txt", FileKind.FILE);

        assertEquals(Outcome.ACCEPTED, inspection.outcome());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                inspection.mediaType());
        assertEquals("Michael McCandless", inspection.metadata().get("author"));
    }

    @Test
    void russianInCp866IsReadAsCyrillic() {
        Inspection inspection = inspector.inspect(TIKA.resolve("russian.cp866.txt"), "russian.cp866.txt",
                FileKind.FILE);

        assertEquals("text/plain", inspection.mediaType());
        assertTrue(inspection.text().startsWith("Однажды, в студеную зимнюю пору"), inspection.text());
    }

    @Test
    void anOdtThatIsNotAZipIsPlainText() {
        Inspection inspection = inspector.inspect(TIKA.resolve("testODTnotaZipFile.odt"), "x.odt", FileKind.FILE);

        assertEquals("text/plain", inspection.mediaType());
        assertEquals("This is not a zip file!", inspection.text());
    }

    @Test
    void mongolianTextIsExtractedFromUtf8AndUtf16() {
        for (String name : new String[] { "udhr_khk.derived.txt", "udhr_khk.derived.utf16le.txt" }) {
            Inspection inspection = inspector.inspect(MONGOLIAN.resolve(name), name, FileKind.FILE);

            assertEquals(Outcome.ACCEPTED, inspection.outcome(), name);
            assertTrue(inspection.text().contains("ХҮНИЙ ЭРХИЙН ТҮГЭЭМЭЛ ТУНХАГЛАЛ"), name);
            assertTrue(inspection.text().contains("төрөлхтөний"), name);
        }
    }

    @Test
    void pdfMetadataIsRecorded() {
        Inspection inspection = inspector.inspect(TIKA.resolve("testPDF.pdf"), "testPDF.pdf", FileKind.FILE);

        assertEquals("Apache Tika - Apache Tika", inspection.metadata().get("title"));
        assertEquals("Bertrand Delacrétaz", inspection.metadata().get("author"));
        assertEquals("1", inspection.metadata().get("pages"));
        assertTrue(inspection.text().contains("Apache Tika"));
    }

    @Test
    void videoDurationIsRecorded() {
        Inspection inspection = inspector.inspect(TIKA.resolve("testMP4Video.mp4"), "clip.mp4", FileKind.VIDEO);

        assertEquals("video/mp4", inspection.mediaType());
        assertEquals("1.0", inspection.metadata().get("duration"));
    }

    @Test
    void textBeyondTheLimitIsCutOffAndMarkedTruncated() {
        Inspector small = new Inspector(InspectionLimits.defaults().withMaxTextChars(100));
        Inspection inspection = small.inspect(TIKA.resolve("testPDF.pdf"), "testPDF.pdf", FileKind.FILE);

        assertEquals(Outcome.ACCEPTED, inspection.outcome());
        assertTrue(inspection.textTruncated());
        assertTrue(inspection.text().length() <= 100);
    }

    @Test
    void anInspectionThatTakesTooLongIsRejected() {
        Inspector hasty = new Inspector(InspectionLimits.defaults().withTimeout(Duration.ofMillis(1)));
        Inspection inspection = hasty.inspect(TIKA.resolve("testPDF_bad_page_303226.pdf"), "big.pdf",
                FileKind.FILE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("took longer than"), inspection.reason());
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        Inspection inspection = inspector.inspect(write("empty.txt", new byte[0]), "empty.txt", FileKind.FILE);

        assertEquals("The file is empty", inspection.reason());
    }

    @Test
    void anUnknownBinaryIsRejectedEvenWithAnAllowedName() throws IOException {
        byte[] noise = new byte[2048];
        Arrays.fill(noise, (byte) 0x01);
        Inspection inspection = inspector.inspect(write("slides.pptx", noise), "slides.pptx", FileKind.FILE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("could not be recognised"), inspection.reason());
    }

    @Test
    void imagesOnlyTakeImages() {
        assertEquals(Outcome.ACCEPTED,
                inspector.inspect(TIKA.resolve("testPNG.png"), "a.png", FileKind.IMAGE).outcome());
        Inspection pdf = inspector.inspect(TIKA.resolve("testPDF.pdf"), "a.png", FileKind.IMAGE);
        assertEquals("The file is really application/pdf, which is not allowed for images "
                + "(allowed: JPEG, PNG, GIF, WebP)", pdf.reason());
        assertFalse(pdf.accepted());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
