package org.surgalt.course;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/** An author's inspected upload becomes an item's file that the course's learners download. */
@QuarkusTest
class ItemFileTest {

    @Test
    void aLearnerDownloadsTheFileOfAnItemAsUploaded() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String code = "files-" + System.nanoTime() % 1_000_000;
        long courseId = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "mn", "title", Map.of("mn", "Файлтай сургалт")))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long moduleId = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("mn", "Нэг")))
                .when().post("/api/courses/{c}/modules", courseId).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        String upload = Uploads.upload(author, pdf, "Хичээлийн төлөвлөгөө.pdf", "file");
        String download = author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "file", "title", Map.of("mn", "Гарын авлага"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, moduleId)
                .then().statusCode(201).body("file.mediaType", equalTo("application/pdf"))
                .body("file.filename", equalTo("Хичээлийн төлөвлөгөө.pdf"))
                .extract().jsonPath().getString("file.download");
        assertEquals("?version=draft", download.substring(download.indexOf('?')));
        Publishing.publish(author, courseId);
        download = download.substring(0, download.indexOf('?'));

        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(code).create());
        var response = learner.given().when().get(download).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''%D0%A5%D0%B8%D1%87%D1%8D%D1%8D%D0%BB%D0%B8%D0%B9%D0%BD"))
                .header("Content-Disposition", containsString("inline"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Accept-Ranges", "bytes")
                .extract();
        assertArrayEquals(pdf, response.asByteArray());
        String etag = response.header("ETag");

        byte[] part = learner.given().header("Range", "bytes=100-199").when().get(download).then().statusCode(206)
                .header("Content-Range", "bytes 100-199/" + pdf.length).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(pdf, 100, 200), part);
        learner.given().header("Range", "bytes=" + pdf.length + "-").when().get(download).then().statusCode(416);
        learner.given().header("If-None-Match", etag).when().get(download).then().statusCode(304);

        Sessions.as(aPerson().create()).given().when().get(download).then().statusCode(403);
        learner.given().accept("text/html").when().get(download.replaceAll("/file$", ""))
                .then().statusCode(200).body(containsString("Хичээлийн төлөвлөгөө.pdf"));
    }

    @Test
    void aRefusedUploadCannotBecomeAnItemsFile() {
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String code = "refused-" + System.nanoTime() % 1_000_000;
        long courseId = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "en", "title", Map.of("en", "Refusals")))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long moduleId = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "One")))
                .when().post("/api/courses/{c}/modules", courseId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String upload = Uploads.upload(author, "<html><script>alert(1)</script></html>".getBytes(), "evil.pdf", "file");
        long warningsBefore = closedWithUnprocessedActions();
        author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "file", "title", Map.of("en", "Evil"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, moduleId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("upload"))
                .body("errors[0].message", containsString("was refused"));
        // In Mongolian for a Mongolian reader.
        author.given().cookie("lang", "mn").contentType(ContentType.JSON)
                .body(Map.of("kind", "file", "title", Map.of("en", "Evil"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, moduleId)
                .then().statusCode(400).body("errors[0].message", containsString("татгалзсан: "));
        // The refusal came after the module's version lock and left Hibernate an increment it
        // never ran, logged at every refusal.
        assertEquals(warningsBefore, closedWithUnprocessedActions(),
                "HHH90010101 (a session closed with unprocessed transaction completion actions) in " + TEST_LOG);
        // Nothing was added: the module still has no items.
        author.given().when().get("/api/courses/{c}/modules/{m}/items?version=draft", courseId, moduleId)
                .then().statusCode(200).body("size()", equalTo(0));
    }

    private static final Path TEST_LOG = Path.of("target/quarkus-test.log");

    /** How often the test log (quarkus.log.file.path of the test profile) has Hibernate's warning. */
    private static long closedWithUnprocessedActions() {
        try (java.util.stream.Stream<String> lines = Files.lines(TEST_LOG,
                java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("HHH90010101")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
