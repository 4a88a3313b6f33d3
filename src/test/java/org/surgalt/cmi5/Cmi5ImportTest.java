package org.surgalt.cmi5;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * Importing cmi5 course structures into courses, with the CATAPULT LMS test suite's packages
 * (lts/ procedure "Package Import Verification"): the valid ones end as courses with their AUs'
 * attributes kept, every invalid one as a clear reason, in the author's language.
 */
@QuarkusTest
class Cmi5ImportTest {

    static final Path CMI5 = Path.of("src/test/resources/packages/cmi5");
    static final Path LTS = CMI5.resolve("catapult-lts");
    static final Path STRUCTURES = CMI5.resolve("lts-course-structures");

    @Inject
    Cmi5Store store;

    static Sessions.Session author() {
        return Sessions.as(aPerson().withRole(Role.AUTHOR).create());
    }

    static JsonPath importZip(Sessions.Session author, String file, Long course) throws IOException {
        String upload = Uploads.upload(author, Files.readAllBytes(LTS.resolve("packages").resolve(file)), file, "package");
        return author.given().contentType(ContentType.JSON)
                .body(course == null ? Map.of("upload", upload) : Map.of("upload", upload, "course", course))
                .when().post("/api/cmi5/imports").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "001-essentials.zip | CATAPULT LMS Test Block: 001 Essentials | CompletedAndPassed",
            "002-allowed.zip | | CompletedOrPassed",
            "003-launchMethod-OwnWindow.zip | | CompletedOrPassed",
            "004-1-moveOn-Completed.zip | CATAPULT LMS Test Block: 004-1 moveOn Completed | Completed",
            "004-2-moveOn-CompletedOrPassed.zip | CATAPULT LMS Test Block: 004-2 moveOn CompletedOrPassed | CompletedOrPassed",
            "004-3-moveOn-Passed.zip | CATAPULT LMS Test Block: 004-3 moveOn Passed | Passed",
            "004-4-moveOn-CompletedOrPassed.zip | CATAPULT LMS Test Block: 004-4 moveOn CompletedOrPassed | CompletedOrPassed",
            "004-5-moveOn-NotApplicable.zip | CATAPULT LMS Test Block: 004-5 moveOn NotApplicable | NotApplicable",
            "005-1-invalid-au.zip | | CompletedOrPassed",
            "005-2-invalid-au.zip | | CompletedOrPassed",
            "006-launchMode.zip | | CompletedOrPassed",
            "007-1-multi-session.zip | | CompletedOrPassed",
            "007-2-multi-session.zip | | CompletedOrPassed",
            "008-1-abandoned.zip | | CompletedOrPassed",
            "009-1-waived.zip | | CompletedOrPassed",
            "102-zip64.zip | | CompletedOrPassed" })
    void theSuitesValidPackagesBecomeCourses(String file, String blockTitle, String moveOn) throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importZip(author, file, null);
        assertEquals(1, imported.getInt("aus"));
        long courseId = imported.getLong("courseId");
        JsonPath draft = author.given().when().get("/api/courses/{c}?version=draft", courseId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, draft.getList("modules").size());
        if (blockTitle != null) {
            assertEquals(blockTitle, draft.getString("modules[0].title.en"), "the block became the module");
        }
        long item = draft.getLong("modules[0].items[0].id");
        assertEquals("package", draft.getString("modules[0].items[0].kind"));
        Cmi5Store.AuItem au = QuarkusTransaction.requiringNew().call(() -> store.au(item)).orElseThrow();
        assertEquals(moveOn, au.moveOn());
        assertNotEquals(null, au.packageSha256(), "the AU launches from the course's package");
    }

    @Test
    void essentialsKeepsEveryAttributeOfItsAu() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importZip(author, "001-essentials.zip", null);
        JsonPath draft = author.given().when().get("/api/courses/{c}?version=draft", imported.getLong("courseId"))
                .then().statusCode(200).extract().jsonPath();
        long item = draft.getLong("modules[0].items[0].id");
        assertEquals("CATAPULT LMS Test AU: 001 Essentials", draft.getString("modules[0].items[0].title.en"));
        Cmi5Store.AuItem au = QuarkusTransaction.requiringNew().call(() -> store.au(item)).orElseThrow();
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/au/001-essentials", au.publisherId());
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/course/001-essentials", au.coursePublisherId());
        assertEquals("index.html?paramA=1&paramB=2", au.url());
        assertEquals("CompletedAndPassed", au.moveOn());
        assertEquals(0, new BigDecimal("0.9").compareTo(au.masteryScore()));
        assertEquals("AnyWindow", au.launchMethod());
        assertEquals("sample string", au.launchParameters());
        assertEquals("sample value", au.entitlementKey());
        assertNull(au.activityType());
        // The item completes once the AU is satisfied; it is required (its moveOn is not NotApplicable).
        author.given().when().get("/api/courses/{c}/modules/{m}/items?version=draft", imported.getLong("courseId"),
                draft.getLong("modules[0].id")).then().statusCode(200)
                .body("[0].completion", equalTo("completed")).body("[0].required", equalTo(true));
    }

    @Test
    void oneThousandAusImportFromACmi5XmlAlone() throws IOException {
        Sessions.Session author = author();
        byte[] xml = Files.readAllBytes(STRUCTURES.resolve("101-one-thousand-aus.xml"));
        long start = System.nanoTime();
        JsonPath imported = author.given().contentType("application/xml").body(xml).when().post("/api/cmi5/imports")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        System.out.printf("cmi5 import of 101-one-thousand-aus.xml: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(1001, imported.getInt("aus"), "the file has 1001 AUs, numbered 0 to 1000");
        assertEquals(1, imported.getInt("modules"), "AUs outside any block go into one module named after the course");
        author.given().when().get("/api/courses/{c}?version=draft", imported.getLong("courseId")).then().statusCode(200)
                .body("modules[0].items.size()", equalTo(1001))
                .body("modules[0].title.en", equalTo("CATAPULT LMS Test Course: 0002-one-thousand-aus"))
                .body("modules[0].items[1000].title.en", equalTo("CATAPULT LMS Test AU: 0002-one-thousand-aus/1000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "201-1-iris-course-id.xml | is not an IRI",
            "201-2-iris-block-id.xml | is not an IRI",
            "201-3-iris-au-id.xml | is not an IRI",
            "201-4-iris-objective-id.xml | is not an IRI",
            "202-1-relative-url-no-zip.xml | can launch only AUs at absolute URLs",
            "202-2-relative-url-no-zip.xml | can launch only AUs at absolute URLs",
            "202-3-relative-url-no-zip.xml | can launch only AUs at absolute URLs",
            "202-4-relative-url-no-zip.xml | can launch only AUs at absolute URLs",
            "202-5-relative-url-no-zip.xml | can launch only AUs at absolute URLs",
            "204-query-string-conflict-endpoint.xml | sets 'endpoint', which the LMS adds at launch",
            "205-1-duplicated-block.xml | is used twice",
            "205-2-duplicated-objective.xml | is used twice",
            "205-3-duplicated-au.xml | is used twice",
            "206-1-invalid-au-url.xml | is not a valid URL",
            "207-1-invalid-courseStructure.xml | is not a valid URL" })
    void theSuitesInvalidStructuresAreRefusedWithTheReason(String file, String reason) throws IOException {
        author().given().contentType("application/xml").body(Files.readAllBytes(STRUCTURES.resolve(file)))
                .when().post("/api/cmi5/imports").then().statusCode(400)
                .contentType("application/problem+json").body(containsString(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "packages/203-1-relative-url-no-reference.zip | The launch file not-found.html is not in the package",
            "packages/210-1-no-cmi5-xml.zip | imsmanifest.xml is missing",
            "src/208-1-invalid-package.md | was refused",
            "src/209-1-not-a-zip.zip | was refused" })
    void theSuitesInvalidPackagesAreRefusedWithTheReason(String file, String reason) throws IOException {
        Sessions.Session author = author();
        String upload = Uploads.upload(author, Files.readAllBytes(LTS.resolve(file)),
                Path.of(file).getFileName().toString(), "package");
        author.given().contentType(ContentType.JSON).body(Map.of("upload", upload)).when().post("/api/cmi5/imports")
                .then().statusCode(400).body(containsString(reason));
    }

    @Test
    void theReasonIsInTheAuthorsLanguage() throws IOException {
        author().given().header("Accept-Language", "mn").contentType("application/xml")
                .body(Files.readAllBytes(STRUCTURES.resolve("205-3-duplicated-au.xml"))).when()
                .post("/api/cmi5/imports").then().statusCode(400).body(containsString("хоёр удаа хэрэглэгдсэн"));
        author().given().header("Accept-Language", "mn").contentType("application/xml")
                .body(Files.readAllBytes(STRUCTURES.resolve("202-1-relative-url-no-zip.xml"))).when()
                .post("/api/cmi5/imports").then().statusCode(400).body(containsString("ZIP"))
                .body(containsString("зөвхөн"));
    }

    @Test
    void aNewImportReplacesTheDraftOfACourseItsAuthorOwnsAndNobodyElses() throws IOException {
        Sessions.Session author = author();
        long course = importZip(author, "001-essentials.zip", null).getLong("courseId");
        JsonPath again = importZip(author, "004-3-moveOn-Passed.zip", course);
        assertEquals(course, again.getLong("courseId"));
        author.given().when().get("/api/courses/{c}?version=draft", course).then().statusCode(200)
                .body("modules.size()", equalTo(1))
                .body("modules[0].title.en", equalTo("CATAPULT LMS Test Block: 004-3 moveOn Passed"));
        Sessions.Session other = author();
        String upload = Uploads.upload(other, Files.readAllBytes(LTS.resolve("packages/002-allowed.zip")), "a.zip",
                "package");
        other.given().contentType(ContentType.JSON).body(Map.of("upload", upload, "course", course)).when()
                .post("/api/cmi5/imports").then().statusCode(403);
        // A learner creates no course at all.
        Sessions.as(aPerson().create()).given().contentType("application/xml")
                .body(Files.readAllBytes(STRUCTURES.resolve("101-one-thousand-aus.xml"))).when()
                .post("/api/cmi5/imports").then().statusCode(403);
    }

    @Test
    void nestedBlocksBecomeOneModuleEachWithTheirPath() throws IOException {
        byte[] xml = Files.readAllBytes(CMI5.resolve("spec-examples/complex-cmi5.xml"));
        Sessions.Session author = author();
        JsonPath imported = author.given().contentType("application/xml").body(xml).when().post("/api/cmi5/imports")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        JsonPath draft = author.given().when().get("/api/courses/{c}?version=draft", imported.getLong("courseId"))
                .then().statusCode(200).extract().jsonPath();
        List<String> titles = draft.getList("modules.title.en");
        System.out.println("complex-cmi5.xml modules: " + titles);
        assertEquals(imported.getInt("modules"), titles.size());
    }

    @Test
    void theImportFormWorksWithoutScriptAndShowsTheReason() throws IOException {
        Sessions.Session author = author();
        author.given().when().get("/author/cmi5").then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""));
        String location = author.given().redirects().follow(false).queryParam("_csrf", author.csrf())
                .multiPart("file", "cmi5.xml", Files.readAllBytes(CMI5.resolve("spec-examples/simple-cmi5.xml")),
                        "application/xml")
                .when().post("/author/cmi5").then().statusCode(303).extract().header("Location");
        author.given().when().get(location).then().statusCode(200);
        author.given().header("Accept-Language", "mn").queryParam("_csrf", author.csrf())
                .multiPart("file", "cmi5.xml", Files.readAllBytes(STRUCTURES.resolve("201-3-iris-au-id.xml")),
                        "application/xml")
                .when().post("/author/cmi5").then().statusCode(400).body(containsString("IRI биш"));
        // A ZIP goes through the upload pipeline: its page says when it is checked, then imports it.
        String checking = author.given().redirects().follow(false).queryParam("_csrf", author.csrf())
                .multiPart("file", "essentials.zip", Files.readAllBytes(LTS.resolve("packages/001-essentials.zip")),
                        "application/zip")
                .when().post("/author/cmi5").then().statusCode(303).extract().header("Location");
        org.surgalt.platform.jobs.JobRunner jobs = io.quarkus.arc.Arc.container()
                .instance(org.surgalt.platform.jobs.JobRunner.class).get();
        while (jobs.runDue("test", 50) > 0) {
            // inspect it
        }
        author.given().when().get(checking).then().statusCode(200).body(containsString("/author/cmi5/uploads/"));
        String id = checking.substring(checking.lastIndexOf('/') + 1);
        author.given().redirects().follow(false).queryParam("_csrf", author.csrf()).contentType(ContentType.URLENC)
                .formParam("course", "").formParam("_csrf", author.csrf()).when().post("/author/cmi5/uploads/{id}", id)
                .then().statusCode(303).header("Location", containsString("/author/courses/catapult-lms-test-course-001"));
    }
}
