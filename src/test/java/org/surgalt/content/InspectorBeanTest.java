package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.surgalt.content.Inspection.Outcome;

/** The inspector as the application gets it: a CDI bean with its limits from application.properties. */
@QuarkusTest
class InspectorBeanTest {

    private static final Path TIKA = Path.of("src/test/resources/upload-torture/tika");

    @Inject
    Inspector inspector;

    @Inject
    ContentConfig config;

    @Test
    void inspectsWithTheConfiguredLimits() {
        assertEquals(200_000, config.maxTextChars());
        assertEquals(2L << 30, config.maxArchiveBytes());

        Inspection pdf = inspector.inspect(TIKA.resolve("testPDF.pdf"), "testPDF.pdf", FileKind.FILE);
        assertEquals(Outcome.ACCEPTED, pdf.outcome());
        assertTrue(pdf.text().contains("Apache Tika"));

        Inspection html = inspector.inspect(TIKA.resolve("testHTMLBadScript.html"), "a.pdf", FileKind.FILE);
        assertTrue(html.reason().startsWith("The file is really text/html"), html.reason());
    }
}
