package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.ZipBuilder.aZip;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgalt.content.Inspection.Outcome;

/** Hostile ZIPs, generated here, are refused without anything being extracted. */
class ArchiveInspectorTest {

    static final String MANIFEST = """
            <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                      xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="o"><organization identifier="o"><title>Course</title>
                <item identifier="i" identifierref="r"><title>Lesson</title></item>
              </organization></organizations>
              <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html"/></resources>
            </manifest>""";

    private final Inspector inspector = new Inspector(InspectionLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void aZipBombIsStoppedByTheCompressionRatio() throws IOException {
        Path bomb = zerosZip(dir.resolve("bomb.zip"), 1L << 30);
        assertTrue(Files.size(bomb) < 5_000_000, "1 GiB of zeros compresses to about a megabyte");

        Inspection inspection = inspector.inspect(bomb, "course.zip", FileKind.PACKAGE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("expands more than 100 times"), inspection.reason());
        assertTrue(inspection.reason().contains("possible zip bomb"), inspection.reason());
    }

    @Test
    void theTotalSizeIsCountedWhileStreamingNotTakenFromTheHeaders() throws IOException {
        Path bomb = zerosZip(dir.resolve("big.zip"), 64L << 20);
        InspectionLimits limits = new InspectionLimits(1000, java.time.Duration.ofSeconds(30), 10, 32L << 20,
                1_000_000, 2);

        Inspection inspection = new Inspector(limits).inspect(bomb, "big.zip", FileKind.PACKAGE);

        assertEquals("The archive expands to more than 32 MiB", inspection.reason());
    }

    @Test
    void zipSlipIsRejectedWithThePath() throws IOException {
        Path zip = aZip().with("imsmanifest.xml", MANIFEST).with("../../evil.sh", "rm -rf ~")
                .writeTo(dir.resolve("slip.zip"));

        assertEquals("The archive contains a path outside itself: ../../evil.sh", reason(zip));
    }

    @Test
    void absolutePathsAreRejected() throws IOException {
        assertEquals("The archive contains an absolute path: /etc/cron.d/evil",
                reason(aZip().with("/etc/cron.d/evil", "x").writeTo(dir.resolve("abs.zip"))));
        assertEquals("The archive contains an absolute path: C:/Windows/evil.dll",
                reason(aZip().with("C:/Windows/evil.dll", "x").writeTo(dir.resolve("drive.zip"))));
    }

    @Test
    void backslashTricksAreCaught() throws IOException {
        // Written by a "Windows" tool, the reader takes backslashes as separators: the climb shows.
        Path zip = aZip().with("content\\..\\..\\evil.bat", "x").writeTo(dir.resolve("bs.zip"));

        assertEquals("The archive contains a path outside itself: content/../../evil.bat", reason(zip));
    }

    @Test
    void symbolicLinksAreRejected() throws IOException {
        Path zip = aZip().with("imsmanifest.xml", MANIFEST).withSymlink("index.html", "/etc/passwd")
                .writeTo(dir.resolve("link.zip"));

        assertEquals("The archive contains a symbolic link: index.html", reason(zip));
    }

    @Test
    void tooManyEntriesAreRejected() throws IOException {
        var builder = aZip().with("imsmanifest.xml", MANIFEST).with("index.html", "<p>hi</p>");
        for (int i = 0; i < 10; i++) {
            builder.with("file" + i + ".txt", "x");
        }
        Path zip = builder.writeTo(dir.resolve("many.zip"));
        Inspector strict = new Inspector(InspectionLimits.defaults().withMaxArchiveEntries(10));

        assertEquals("The archive has more than 10 entries", strict.inspect(zip, "many.zip", FileKind.PACKAGE)
                .reason());
    }

    @Test
    void nestedArchivesAreCountedNotOpened() throws IOException {
        byte[] inner = Files.readAllBytes(aZip().with("a.txt", "a").writeTo(dir.resolve("inner.zip")));
        Path zip = aZip().with("imsmanifest.xml", MANIFEST).with("index.html", "<p>hi</p>")
                .with("media/inner.zip", inner).with("media/disguised.bin", inner).writeTo(dir.resolve("n.zip"));

        Inspection inspection = inspector.inspect(zip, "n.zip", FileKind.PACKAGE);

        assertEquals(Outcome.ACCEPTED, inspection.outcome(), inspection.reason());
        assertEquals("2", inspection.metadata().get("nestedArchives"));
    }

    /** 32 MiB of spaces in word/document.xml: POI's inflate-ratio guard stops it while Tika reads. */
    @Test
    void anOfficeDocumentThatIsAZipBombIsRejected() throws IOException {
        Path docx = dir.resolve("essay.docx");
        try (OutputStream file = Files.newOutputStream(docx); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes());
            out.putNextEntry(new ZipEntry("_rels/.rels"));
            out.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes());
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes());
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 32; i++) {
                out.write(spaces);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes());
        }

        Inspection inspection = inspector.inspect(docx, "essay.docx", FileKind.FILE);

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", inspection.mediaType());
        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertEquals("The file expands to far more than its size (a possible zip bomb)", inspection.reason());
    }

    private String reason(Path zip) {
        Inspection inspection = inspector.inspect(zip, zip.getFileName().toString(), FileKind.PACKAGE);
        assertEquals(Outcome.REJECTED, inspection.outcome());
        return inspection.reason();
    }

    /** Streams {@code bytes} zeros into one deflated entry; never holds them in memory. */
    static Path zerosZip(Path zip, long bytes) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] chunk = new byte[1 << 20];
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
            out.closeEntry();
        }
        return zip;
    }
}
