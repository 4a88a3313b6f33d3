package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.ZipBuilder.aZip;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgalt.content.Inspection.Outcome;
import org.surgalt.content.Manifest.Standard;

/**
 * SCORM, IMS Common Cartridge and cmi5 packages: real ones are accepted with the right standard
 * and launch address, broken ones are refused with a reason an author can fix. The files and
 * their licences are listed in src/test/resources/packages/.../SOURCES.md.
 */
class PackageInspectionTest {

    private static final Path PACKAGES = Path.of("src/test/resources/packages");
    private static final Path CMI5 = PACKAGES.resolve("cmi5");
    private final Inspector inspector = new Inspector(InspectionLimits.defaults());

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "RuntimeBasicCalls_SCORM12.zip | SCORM_1_2 | shared/launchpage.html",
            "RuntimeBasicCalls_SCORM20043rdEdition.zip | SCORM_2004 | shared/launchpage.html",
            "SequencingPostTestRollup4thEd_SCORM20044thEdition.zip | SCORM_2004 | shared/launchpage.html?content=playing",
            "SequencingSimpleRemediation_SCORM20043rdEdition.zip | SCORM_2004 | shared/launchpage.html?content=playing" })
    void golfExamplesAreAccepted(String file, Standard standard, String launch) {
        Inspection inspection = inspect(PACKAGES.resolve("scorm/golf-examples/" + file));

        assertEquals(Outcome.ACCEPTED, inspection.outcome(), inspection.reason());
        assertEquals(standard, inspection.manifest().standard());
        assertEquals(launch, inspection.manifest().launch());
        assertTrue(inspection.manifest().title().startsWith("Golf Explained"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "aicc_complex.zip | REJECTED | imsmanifest.xml is missing",
            "aicc_multiline-description.zip | REJECTED | imsmanifest.xml is missing",
            "aicc_package.zip | REJECTED | imsmanifest.xml is missing",
            "aicc_pre-ort.zip | REJECTED | imsmanifest.xml is missing",
            "xapi_basic_course.zip | REJECTED | not a SCORM, IMS Common Cartridge, cmi5 or H5P package",
            "scorm12_ComplexNestedOrganization_SCORM12.zip | REJECTED | launch file content/module1.html is not in the package",
            "scorm12_InvalidFileReferences_SCORM12.zip | REJECTED | launch file content/nonexistent.html is not in the package",
            "scorm12_ItemWithNonExistentResourceId_SCORM12.zip | REJECTED | refers to resource 'non_existent_resource'",
            "scorm12_MalformedXml_SCORM12.zip | REJECTED | imsmanifest.xml is not well-formed XML: line 27:",
            "scorm12_MissingLaunchUrl_SCORM12.zip | REJECTED | item 'Test Item' has no launch URL",
            "scorm12_MissingRequiredFields_SCORM12.zip | REJECTED | the organization has no title",
            "scorm2004_AdlAttributes_SCORM20043rdEdition.zip | REJECTED | launch file index.html is not in the package",
            "scorm2004_ContentPackagingNoSchemaVersion_SCORM20042ndEdition.zip | REJECTED | launch file index.html is not in the package",
            "scorm2004_InvalidMissingOrgIdentifier_SCORM20043rdEdition.zip | REJECTED | the organization has no identifier",
            "scorm2004_MinimalValid_SCORM20043rdEdition.zip | REJECTED | launch file index.html is not in the package",
            "scorm12_ContentPackagingWithMetadata_SCORM12.zip | ACCEPTED | index.html",
            "scorm12_LaunchUrlFromNestedItem_SCORM12.zip | ACCEPTED | content/topic1.html",
            "scorm12_MultipleItemsWithIdentifierRef_SCORM12.zip | ACCEPTED | content/item1.html",
            "scorm12_PrerequisitesTest_SCORM12.zip | ACCEPTED | module1.html" })
    void edgeCasesEndAsExpected(String file, Outcome outcome, String expected) {
        Inspection inspection = inspect(PACKAGES.resolve("scorm/edge-cases/" + file));

        assertEquals(outcome, inspection.outcome(), inspection.reason());
        if (outcome == Outcome.ACCEPTED) {
            assertEquals(expected, inspection.manifest().launch());
        } else {
            assertTrue(inspection.reason().contains(expected), inspection.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all-question-types.imscc | XavierSchool",
            "course-1.imscc | COURSE-for-modules-testing",
            "grouptest.zip | questionGroupCourse",
            "latex.imscc | LaTeX Equations",
            "multiple-pages.imscc | Cartridge With Multiple Pages",
            "single-page.imscc | Single Page Cartridge" })
    void commonCartridgesAreAccepted(String file, String title) {
        Inspection inspection = inspect(PACKAGES.resolve("common-cartridge/" + file));

        assertEquals(Outcome.ACCEPTED, inspection.outcome(), inspection.reason());
        assertEquals(Standard.COMMON_CARTRIDGE, inspection.manifest().standard());
        assertEquals(title, inspection.manifest().title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "spec-examples/simple-cmi5.xml | ACCEPTED | http://course-repository.example.edu/identifiers/courses/02baafcf/aus/4c07/launch.html",
            "spec-examples/complex-cmi5.xml | ACCEPTED | http://",
            "lts-course-structures/101-one-thousand-aus.xml | ACCEPTED | http",
            "lts-course-structures/201-1-iris-course-id.xml | REJECTED | is not an IRI",
            "lts-course-structures/201-2-iris-block-id.xml | REJECTED | is not an IRI",
            "lts-course-structures/201-3-iris-au-id.xml | REJECTED | is not an IRI",
            "lts-course-structures/201-4-iris-objective-id.xml | REJECTED | is not an IRI",
            "lts-course-structures/202-1-relative-url-no-zip.xml | REJECTED | is not in the package",
            "lts-course-structures/204-query-string-conflict-endpoint.xml | REJECTED | sets 'endpoint', which the LMS adds",
            "lts-course-structures/205-1-duplicated-block.xml | REJECTED | is used twice",
            "lts-course-structures/205-2-duplicated-objective.xml | REJECTED | is used twice",
            "lts-course-structures/205-3-duplicated-au.xml | REJECTED | is used twice",
            "lts-course-structures/206-1-invalid-au-url.xml | REJECTED | is not a valid URL",
            "lts-course-structures/207-1-invalid-courseStructure.xml | REJECTED | is not a valid URL" })
    void cmi5CourseStructuresEndAsExpected(String file, Outcome outcome, String expected) throws IOException {
        Path zip = aZip().withFile("cmi5.xml", CMI5.resolve(file)).writeTo(dir.resolve("cmi5.zip"));
        Inspection inspection = inspect(zip);

        assertEquals(outcome, inspection.outcome(), inspection.reason());
        if (outcome == Outcome.ACCEPTED) {
            assertEquals(Standard.CMI5, inspection.manifest().standard());
            assertTrue(inspection.manifest().launch().startsWith(expected), inspection.manifest().launch());
        } else {
            assertTrue(inspection.reason().contains(expected), inspection.reason());
        }
    }

    @Test
    void aCmi5PackageWithItsLaunchFileIsAccepted() throws IOException {
        String cmi5 = """
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="https://surgalt.org/course/1"><title><langstring lang="mn">Сургалт</langstring></title></course>
                  <au id="https://surgalt.org/au/1"><title><langstring lang="mn">Хичээл 1</langstring></title>
                    <url>lessons/one.html?lang=mn</url></au>
                </courseStructure>""";
        Path zip = aZip().with("cmi5.xml", cmi5).with("lessons/one.html", "<p>1</p>").writeTo(dir.resolve("c.zip"));

        Inspection inspection = inspect(zip);

        assertEquals(Outcome.ACCEPTED, inspection.outcome(), inspection.reason());
        assertEquals("Сургалт", inspection.manifest().title());
        assertEquals("lessons/one.html?lang=mn", inspection.manifest().launch());
    }

    @Test
    void aManifestWithEntitiesIsRefusedWithoutFetchingThem() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>\n"
                + ArchiveInspectorTest.MANIFEST.replace("<title>Course</title>", "<title>&x;</title>");
        Path zip = aZip().with("imsmanifest.xml", xxe).with("index.html", "hi").writeTo(dir.resolve("xxe.zip"));

        String reason = inspect(zip).reason();

        assertTrue(reason.startsWith("imsmanifest.xml is not well-formed XML: line 2: DOCTYPE is disallowed"),
                reason);
    }

    @Test
    void aManifestInsideAFolderIsNamed() throws IOException {
        Path zip = aZip().with("course/imsmanifest.xml", ArchiveInspectorTest.MANIFEST).with("course/index.html", "x")
                .writeTo(dir.resolve("folder.zip"));

        assertEquals("imsmanifest.xml is missing at the root of the package (there is one at "
                + "course/imsmanifest.xml: zip the folder's contents, not the folder)", inspect(zip).reason());
    }

    @Test
    void aZipWithoutManifestIsNotAPackage() throws IOException {
        Path zip = aZip().with("notes.txt", "hello").writeTo(dir.resolve("plain.zip"));

        assertEquals("The archive is not a SCORM, IMS Common Cartridge, cmi5 or H5P package: imsmanifest.xml is missing "
                + "(and there is no cmi5.xml or h5p.json)",
                inspect(zip).reason());
    }

    private Inspection inspect(Path file) {
        return inspector.inspect(file, file.getFileName().toString(), FileKind.PACKAGE);
    }
}
