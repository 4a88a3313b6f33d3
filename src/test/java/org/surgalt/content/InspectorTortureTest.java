package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgalt.content.Inspection.Outcome;
import org.surgalt.testsupport.OutboundConnections;

/**
 * Every file of the upload-torture corpus (Apache Tika's and POI's hostile and odd test files, see
 * src/test/resources/upload-torture/SOURCES.md) ends with the outcome a careful LMS should give:
 * ACCEPTED with the exact type detected from the bytes, or REJECTED with a reason the uploader can
 * act on. Nothing escapes as an exception, nothing hangs, nothing goes out to the network.
 */
class InspectorTortureTest {

    private static final Path CORPUS = Path.of("src/test/resources/upload-torture");
    private static final Inspector INSPECTOR = new Inspector(InspectionLimits.defaults());
    private static OutboundConnections network;
    private static final java.util.Map<String, Long> MILLIS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Outcome> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void watchTheNetwork() {
        network = OutboundConnections.record("surgalt-inspection-");
    }

    /** The figures the closing notes quote: how many files were accepted and rejected, and the slowest. */
    @AfterAll
    static void printSummary() {
        long accepted = OUTCOMES.values().stream().filter(outcome -> outcome == Outcome.ACCEPTED).count();
        var slowest = MILLIS.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        System.out.printf("Upload torture: %d files, %d accepted, %d rejected; slowest %s in %d ms%n", OUTCOMES.size(),
                accepted, OUTCOMES.size() - accepted, slowest.getKey(), slowest.getValue());
    }

    @AfterAll
    static void nothingWasFetched() {
        assertEquals(java.util.List.of(), network.stop(), "no file may make the inspector connect anywhere");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tika/LibreOfficeImpress_odp_1.3.odp | FILE | ACCEPTED | application/vnd.oasis.opendocument.presentation",
            "tika/droste.zip | PACKAGE | REJECTED | imsmanifest.xml is missing",
            "tika/quine.gz | PACKAGE | REJECTED | really application/gzip",
            "tika/russian.cp866.txt | FILE | ACCEPTED | text/plain",
            "tika/test-documents-spanned.zip | PACKAGE | REJECTED | could not be recognised",
            "tika/test-zip-of-zip.zip | PACKAGE | REJECTED | imsmanifest.xml is missing",
            "tika/test7Z_protected_passTika.7z | PACKAGE | REJECTED | really application/x-7z-compressed",
            "tika/testAltChunkHTML.docx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "tika/testArabicMisleadingCharset.html | FILE | REJECTED | really text/html",
            "tika/testDataConnections.xlsx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "tika/testDdeLink.xlsx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "tika/testEPUB.epub | FILE | REJECTED | really application/epub+zip",
            "tika/testEXCEL.xls | FILE | REJECTED | really application/vnd.ms-excel",
            "tika/testEXCEL.xlsx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "tika/testEXCEL_protected_passtika.xlsx | FILE | REJECTED | password-protected",
            "tika/testExternalRefs.docx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "tika/testGIF.gif | FILE | ACCEPTED | image/gif",
            "tika/testHEIF.heic | FILE | REJECTED | really image/heic",
            "tika/testHTMLBadScript.html | FILE | REJECTED | really text/html",
            "tika/testHTML_charset_utf16le.html | FILE | REJECTED | HTML or XML markup",
            "tika/testHTML_embedded_data_uri_js.html | FILE | REJECTED | really text/html",
            "tika/testJPEG_EXIF.jpg | FILE | ACCEPTED | image/jpeg",
            "tika/testJPEG_GEO.jpg | FILE | ACCEPTED | image/jpeg",
            "tika/testMP3i18n.mp3 | FILE | REJECTED | really audio/mpeg",
            "tika/testMP3truncated.mp3 | FILE | REJECTED | really audio/mpeg",
            "tika/testMP4Video.mp4 | VIDEO | ACCEPTED | video/mp4",
            "tika/testMP4_truncated.m4a | FILE | REJECTED | really audio/mp4",
            "tika/testOCR.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testODSMacro.ods | FILE | ACCEPTED | application/vnd.oasis.opendocument.spreadsheet",
            "tika/testODTEncrypted.odt | FILE | REJECTED | password-protected",
            "tika/testODTnotaZipFile.odt | FILE | ACCEPTED | text/plain",
            "tika/testOpenOffice2.odt | FILE | ACCEPTED | application/vnd.oasis.opendocument.text",
            "tika/testPDF.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPDFVarious.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPDF_bad_page_303226.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPDF_deeplyEmbeddedAttachments.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPDF_jsActionOnPage.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPDF_malformedXFA.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPDF_protected.pdf | FILE | ACCEPTED | application/pdf",
            "tika/testPNG.png | FILE | ACCEPTED | image/png",
            "tika/testPPT.ppt | FILE | REJECTED | really application/vnd.ms-powerpoint",
            "tika/testPPT.pptx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "tika/testPPT_protected_passtika.pptx | FILE | REJECTED | password-protected",
            "tika/testRTFInvalidUnicode.rtf | FILE | REJECTED | really application/rtf",
            "tika/testSVG.svg | FILE | REJECTED | really image/svg+xml",
            "tika/testSrcDoc.html | FILE | REJECTED | really text/html",
            "tika/testTIFF_multipage.tif | FILE | REJECTED | really image/tiff",
            "tika/testTXT_win-1252.txt | FILE | ACCEPTED | text/plain",
            "tika/testUnicodePassword.pdf | FILE | REJECTED | password-protected",
            "tika/testVORBIS.ogg | FILE | REJECTED | really audio/vorbis",
            "tika/testWAV.wav | FILE | REJECTED | really audio/vnd.wave",
            "tika/testWEBM.webm | VIDEO | ACCEPTED | video/webm",
            "tika/testWEBP.webp | FILE | ACCEPTED | image/webp",
            "tika/testWORD_protected_passtika.doc | FILE | REJECTED | really application/msword",
            "tika/testWORD_protected_passtika.docx | FILE | REJECTED | password-protected",
            "tika/testWORD_truncated.docx | FILE | REJECTED | damaged",
            "tika/testWORD_various.docx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "tika/testXXE.xml | FILE | REJECTED | really application/xml",
            "tika/testZIP_corrupted_oom.zip | PACKAGE | REJECTED | imsmanifest.xml is missing",
            "tika/testZipEncrypted.zip | PACKAGE | REJECTED | password-protected",
            "tika/testZipEntryNameCharsetShiftSJIS.zip | PACKAGE | REJECTED | imsmanifest.xml is missing",
            "tika/test_recursive_embedded.docx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "tika/undeclared_entity.xml | FILE | REJECTED | really application/xml",
            "security/poi_54764-2.xlsx | FILE | REJECTED | really application/zip",
            "security/poi_54764.xlsx | FILE | REJECTED | DOCTYPE",
            "security/poi_ExternalEntityInText.docx | FILE | REJECTED | DOCTYPE",
            "security/poi_poc-shared-strings.xlsx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "security/poi_poc-xmlbomb-empty.xlsx | FILE | REJECTED | DOCTYPE",
            "security/poi_poc-xmlbomb.xlsx | FILE | REJECTED | DOCTYPE",
            "security/poi_xxe_in_schema.xlsx | FILE | ACCEPTED | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    void eachFileGetsItsExpectedOutcome(String file, FileKind kind, Outcome outcome, String expected) {
        Path path = CORPUS.resolve(file);
        // A hang guard only: the inspector's own time limit (30 s) is what users meet.
        long start = System.nanoTime();
        Inspection inspection = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> INSPECTOR.inspect(path, path.getFileName().toString(), kind));
        MILLIS.put(file, (System.nanoTime() - start) / 1_000_000);
        OUTCOMES.put(file, inspection.outcome());

        assertEquals(outcome, inspection.outcome(), () -> file + ": " + inspection.reason());
        if (outcome == Outcome.ACCEPTED) {
            assertEquals(expected, inspection.mediaType());
        } else {
            assertTrue(inspection.reason().contains(expected),
                    () -> file + ": expected a reason with '" + expected + "', was: " + inspection.reason());
        }
        assertTrue(network.attempts().isEmpty(), () -> file + " made the inspector connect to " + network.attempts());
    }
}
