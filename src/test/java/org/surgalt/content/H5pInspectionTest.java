package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.ZipBuilder.aZip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.tika.parser.AutoDetectParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgalt.content.Inspection.Outcome;
import org.surgalt.content.Manifest.Standard;
import org.surgalt.web.ErrorTexts;

/**
 * H5P packages: the real ones of the corpus are accepted with every library they need, the
 * content-only one is refused naming what it lacks (in the author's language), and the site's
 * allow-list and the archive limits hold for .h5p files as for any package.
 */
class H5pInspectionTest {

    private static final Path H5P = Path.of("src/test/resources/packages/h5p");
    private final Inspector inspector = new Inspector(InspectionLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void theTrueFalseIsAccepted() {
        Inspection inspection = inspect(H5P.resolve("truefalse-hello-world_tunapanda.h5p"));

        assertEquals(Outcome.ACCEPTED, inspection.outcome(), inspection.reason());
        assertEquals(Standard.H5P, inspection.manifest().standard());
        assertEquals("Hello World", inspection.manifest().title());
        assertEquals("h5p.json", inspection.manifest().launch());
    }

    @Test
    void theGameMapWithItsSixQuestionTypesIsAccepted() {
        Inspection inspection = inspect(H5P.resolve("gamemap-full_otacke.h5p"));

        assertEquals(Outcome.ACCEPTED, inspection.outcome(), inspection.reason());
        assertEquals(Standard.H5P, inspection.manifest().standard());
        assertEquals("Game Map", inspection.manifest().title());
    }

    @Test
    void aContentOnlyPackageIsRefusedNamingTheMissingLibraries() {
        Inspection inspection = inspect(H5P.resolve("gamemap-content-only-test-1_otacke.h5p"));

        assertEquals(Outcome.REJECTED, inspection.outcome());
        String reason = inspection.reason();
        assertTrue(reason.startsWith("The H5P package does not contain the libraries it needs to play: H5P.GameMap 1.7, "
                + "FontAwesome 4.5, "), reason);
        assertTrue(reason.contains("H5P.MultiChoice 1.16") && reason.contains("H5P.InteractiveVideo 1.28"), reason);
        assertTrue(reason.endsWith("Export the content from H5P with its libraries (download the .h5p file) "
                + "and upload that"), reason);
        String mongolian = ErrorTexts.translate(reason, Locale.forLanguageTag("mn"));
        assertTrue(mongolian.startsWith("H5P багцад тоглуулахад шаардлагатай сангууд алга: H5P.GameMap 1.7, "),
                mongolian);
    }

    @Test
    void aLibraryAtAnotherVersionThanAskedIsMissing() throws IOException {
        // The True/False asks for H5P.Question 1.4: the same package with the folder renamed 1.5.
        Path renamed = rewrite(H5P.resolve("truefalse-hello-world_tunapanda.h5p"),
                name -> name.replace("H5P.Question-1.4/", "H5P.Question-1.5/"));

        Inspection inspection = inspect(renamed);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("it needs to play: H5P.Question 1.4."), inspection.reason());
    }

    @Test
    void librariesOffTheAllowListAreRefused() {
        Inspector strict = new Inspector(InspectionLimits.defaults(), new AutoDetectParser(),
                Set.of("H5P.TrueFalse", "FontAwesome", "H5P.FontIcons", "H5P.JoubelUI", "H5P.Transition",
                        "H5P.Question", "H5PEditor.RadioGroup", "H5PEditor.ShowWhen"));

        Inspection inspection = strict.inspect(H5P.resolve("truefalse-hello-world_tunapanda.h5p"),
                "truefalse.h5p", FileKind.PACKAGE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertEquals("The H5P package uses libraries this site does not allow: Drop, Tether. An administrator can "
                + "allow them (surgalt.content.h5p-libraries)", inspection.reason());
    }

    @Test
    void withoutContentThereIsNothingToPlay() throws IOException {
        Path zip = aZip().with("h5p.json", "{\"title\":\"x\",\"mainLibrary\":\"H5P.Nil\",\"preloadedDependencies\":"
                + "[{\"machineName\":\"H5P.Nil\",\"majorVersion\":1,\"minorVersion\":0}]}")
                .with("H5P.Nil-1.0/library.json", "{\"machineName\":\"H5P.Nil\",\"majorVersion\":1,\"minorVersion\":0}")
                .writeTo(dir.resolve("nil.h5p"));

        Inspection inspection = inspect(zip);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertEquals("The H5P package has no content/content.json, so there is no content to play",
                inspection.reason());
    }

    @Test
    void theArchiveLimitsHoldForH5pFiles() {
        Inspector small = new Inspector(InspectionLimits.defaults().withMaxArchiveEntries(100));

        Inspection inspection = small.inspect(H5P.resolve("truefalse-hello-world_tunapanda.h5p"), "tf.h5p",
                FileKind.PACKAGE);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertEquals("The archive has more than 100 entries", inspection.reason());
    }

    @Test
    void aPathThatClimbsOutIsRefused() throws IOException {
        Path zip = aZip().with("h5p.json", "{}").with("content/content.json", "{}").with("../evil.js", "x")
                .writeTo(dir.resolve("evil.h5p"));

        Inspection inspection = inspect(zip);

        assertEquals(Outcome.REJECTED, inspection.outcome());
        assertTrue(inspection.reason().contains("a path outside itself"), inspection.reason());
    }

    private Inspection inspect(Path file) {
        return inspector.inspect(file, file.getFileName().toString(), FileKind.PACKAGE);
    }

    private Path rewrite(Path source, java.util.function.UnaryOperator<String> rename) throws IOException {
        Path target = dir.resolve("rewritten.h5p");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(rename.apply(entry.getName())));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        return target;
    }
}
