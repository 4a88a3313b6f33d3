package org.surgalt.samples;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SampleImporterTest {

    private static final String SAMPLE = "carpentries-instructor-training";

    @Inject
    SampleImporter importer;

    @Test
    void theSampleCourseImportsOnceAndOnlyOnce() {
        SampleImporter.Report first = importer.importAll(Path.of("content-samples"));
        assertEquals(List.of(), first.problems(), "the shipped samples are valid");
        assertTrue(first.imported().contains(SAMPLE) || first.existing().contains(SAMPLE));
        assertTrue(first.demoPeople().contains("teacher@demo.surgalt.mn"));

        SampleImporter.Report second = importer.importAll(Path.of("content-samples"));
        assertEquals(List.of(), second.imported(), "a second import imports nothing");
        assertTrue(second.existing().contains(SAMPLE));

        List<String> codes = admin().when().get("/api/courses").then().statusCode(200)
                .extract().jsonPath().getList("code", String.class);
        assertEquals(1, codes.stream().filter(SAMPLE::equals).count());
        given().accept("text/html").header("Accept-Language", "mn").when().get("/courses/" + SAMPLE)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Багш бэлтгэх сургалт"));

        // The demo cohort, run by the demo coordinator; the sample enrolment file checks clean against it.
        var coordinator = org.surgalt.testsupport.Sessions.as("coordinator@demo.surgalt.mn", "surgalt-demo-2026");
        coordinator.given().accept("text/html").cookie("lang", "en").when().get("/cohorts/target-schools-spring-2026")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("2 members"),
                        org.hamcrest.Matchers.containsString("Батбаярын Болд"));
        coordinator.given().cookie("lang", "en").queryParam("_csrf", coordinator.csrf())
                .multiPart("file", Path.of("content-samples/cohort-enrolment-sample.csv").toFile(), "text/csv")
                .when().post("/cohorts/target-schools-spring-2026/import").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Errors: 0"),
                        org.hamcrest.Matchers.containsString("New people: 6"),
                        org.hamcrest.Matchers.containsString("Already members (no change): 1"),
                        org.hamcrest.Matchers.containsString("Дашдоржийн Оюунбилэг"));
    }

    /** The sample course is the first thing every new user reads, most of them in Mongolian. */
    @Test
    void everySampleLessonHasItsMongolianText() throws Exception {
        var course = CourseFolder.read(Path.of("content-samples", SAMPLE), SAMPLE);
        List<String> englishOnly = new java.util.ArrayList<>();
        for (var module : course.modules()) {
            assertTrue(module.title().mn() != null && !module.title().mn().isBlank(), "module without a Mongolian title");
            for (var item : module.items()) {
                String title = item.title().en();
                if (item.title().mn() == null || item.title().mn().isBlank()) {
                    englishOnly.add(title + " (title)");
                }
                if (item.body() != null && !item.body().isEmpty()
                        && (item.body().mn() == null || item.body().mn().isBlank())) {
                    englishOnly.add(title + " (text)");
                }
            }
        }
        assertEquals(List.of(), englishOnly, "sample items without their Mongolian text");
    }

    @Test
    void brokenFoldersAreReportedWithFileAndPlaceAndTheRestImports() {
        SampleImporter.Report report = importer.importAll(Path.of("src/test/resources/broken-samples"));
        String problems = String.join("\n", report.problems());
        assertContains(problems, "broken-samples/bad-yaml/course.yaml: line 5, column 4");
        assertContains(problems, "broken-samples/bad-fields/course.yaml: code: must be 3 to 64");
        assertContains(problems, "language: must be one of en, mn, not 'de'");
        assertContains(problems, "title: is required");
        assertContains(problems, "modules[0].title.de: only en and mn are supported");
        assertContains(problems, "modules[0].items[0].kind: must be one of assignment, file, link");
        assertContains(problems, "modules[0].items[1].body.en: file 'lessons/missing.md' does not exist");
        assertContains(problems, "modules[0].items[2].body.en: '../../good-sample/lessons/start.mn.md' must be a path inside the course folder");
        assertContains(problems, "modules[0].items[3].url: is required");
        assertContains(problems, "modules[1].items: must not be empty");
        assertContains(problems, "broken-samples/demo.yaml: broken-samples-orphan@demo.surgalt.mn: institution 'no-such-institution' does not exist");

        assertTrue(report.imported().contains("good-sample") || report.existing().contains("good-sample"));
        admin().when().get("/api/courses").then().body("code", hasItem("good-sample"));
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return org.surgalt.testsupport.Sessions.as(org.surgalt.testsupport.PersonBuilder.aPerson()
                .withRole(org.surgalt.identity.Role.ADMIN).create()).given();
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), () -> "expected a problem containing\n  " + expected + "\nin\n" + text);
    }
}
