package org.surgalt.node.bundle;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Role;
import org.surgalt.platform.DomainException;
import org.surgalt.testsupport.FileCourses;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;
import org.surgalt.testsupport.ZipBuilder;

/**
 * Issue 24's content bundles through the real API, database, asset store and upload pipeline: the
 * national side exports courses with their files once each; a receiving site imports a bundle,
 * verifying every file by its SHA-256, and a second import changes nothing.
 */
@QuarkusTest
class BundleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoCoursesThatShareAFileAreExportedWithTheFileOnce() throws IOException {
        Sessions.Session admin = admin();
        byte[] handout = unique("Shared handout");
        String first = publishedCourseWithFile(handout);
        String second = publishedCourseWithFile(handout);

        Map<String, byte[]> bundle = export(admin, first, second);

        JsonNode manifest = JSON.readTree(bundle.get("bundle.json"));
        assertEquals(1, manifest.get("format").asInt());
        assertEquals(List.of(first, second), codes(manifest));
        String sha = sha256(handout);
        assertEquals(1, manifest.get("blobs").size(), "the shared file is listed once");
        assertEquals(sha, manifest.get("blobs").get(0).get("sha256").asText());
        assertEquals(handout.length, manifest.get("blobs").get(0).get("size").asLong());
        assertEquals("text/plain", manifest.get("blobs").get(0).get("mediaType").asText());
        assertEquals(List.of("bundle.json", "blobs/" + sha), new ArrayList<>(bundle.keySet()));
        assertArrayEquals(handout, bundle.get("blobs/" + sha));
        JsonNode version = manifest.get("courses").get(0).get("versions").get(0);
        assertEquals(1, version.get("version").asInt());
        assertEquals("FILE", version.get("modules").get(0).get("items").get(1).get("kind").asText());
    }

    @Test
    void importingABundleIntoTheSiteItCameFromFindsEverythingThereTwice() throws IOException {
        Sessions.Session admin = admin();
        byte[] handout = unique("Handout");
        String first = publishedCourseWithFile(handout);
        String second = publishedCourseWithFile(handout);
        byte[] bundle = zip(export(admin, first, second));

        for (int round = 0; round < 2; round++) {
            JsonPath report = importBundle(admin, bundle).then().statusCode(200).extract().jsonPath();
            assertEquals(0, report.getInt("filesStored"));
            assertEquals(1, report.getInt("filesPresent"));
            assertEquals(List.of(first + "/1/skipped", second + "/1/skipped"), lines(report));
            assertEquals("This version is here already with the same content.",
                    report.getString("lines[0].reason"));
        }
        assertEquals(1, versions(admin, first));
    }

    @Test
    void aBundleForACourseTheSiteLacksCreatesItAndALearnerDownloadsItsFile() throws IOException {
        Sessions.Session admin = admin();
        String source = publishedCourseWithFile(unique("Original"));
        byte[] lessonPlan = unique("Lesson plan from the capital");
        String code = "bundled-" + System.nanoTime() % 1_000_000_000;
        byte[] bundle = zip(renamed(export(admin, source), source, code, lessonPlan));

        JsonPath report = importBundle(admin, bundle).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(code + "/1/imported"), lines(report));
        assertEquals(1, report.getInt("filesStored"));
        JsonPath again = importBundle(admin, bundle).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(code + "/1/skipped"), lines(again));
        assertEquals(0, again.getInt("filesStored"));

        long courseId = Arc.container().instance(CourseService.class).get().courseByCode(code).id();
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(code).create());
        JsonPath course = learner.given().when().get("/api/courses/{id}", courseId).then().statusCode(200)
                .body("version", equalTo("1")).extract().jsonPath();
        long moduleId = course.getLong("modules[0].id");
        long itemId = course.getLong("modules[0].items[1].id");
        String download = learner.given().when().get("/api/courses/{c}/modules/{m}/items", courseId, moduleId)
                .then().statusCode(200).extract().jsonPath().getString("[1].file.download");
        learner.given().accept("text/html").when().get("/courses/{code}/items/{item}", code, itemId)
                .then().statusCode(200).body(containsString("lesson-plan.txt"));
        assertArrayEquals(lessonPlan, learner.given().when().get(download).then().statusCode(200)
                .extract().asByteArray());
    }

    @Test
    void aBlobWhoseBytesDoNotMatchItsNameIsRefusedAndNothingIsCreated() throws IOException {
        Sessions.Session admin = admin();
        String source = publishedCourseWithFile(unique("Honest"));
        String code = "tampered-" + System.nanoTime() % 1_000_000_000;
        Map<String, byte[]> entries = renamed(export(admin, source), source, code, unique("Lesson plan"));
        String blob = entries.keySet().stream().filter(name -> name.startsWith("blobs/")).findFirst().orElseThrow();
        byte[] changed = entries.get(blob).clone();
        changed[0] ^= 1;
        entries.put(blob, changed);

        importBundle(admin, zip(entries)).then().statusCode(400)
                .body(containsString("has a file whose bytes do not match its SHA-256: " + blob));
        assertFalse(exists(code), "no course is created from a tampered bundle");
    }

    @Test
    void aBundleWithATraversalEntryOrABombIsRefusedAsEveryArchiveIs() throws IOException {
        Sessions.Session admin = admin();
        byte[] traversal = bytesOf(ZipBuilder.aZip().with("bundle.json", "{}").with("../../etc/evil", "x"));
        byte[] bomb = bytesOf(ZipBuilder.aZip().with("bundle.json", "{}")
                .with("blobs/" + "0".repeat(64), new byte[64 << 20]));
        for (byte[] bundle : List.of(traversal, bomb)) {
            String upload = Uploads.upload(admin, bundle, "hostile.surgalt-bundle", "bundle");
            admin.given().when().get("/api/uploads/{id}", upload).then().statusCode(200)
                    .body("processing", equalTo("REJECTED"));
            admin.given().contentType(ContentType.JSON).body(Map.of("upload", upload))
                    .when().post("/api/admin/bundles/imports").then().statusCode(400);
        }
    }

    @Test
    void anAdminImportsOnlyTheirOwnUpload() throws IOException {
        Sessions.Session admin = admin();
        byte[] bundle = zip(export(admin, publishedCourseWithFile(unique("Mine"))));
        String upload = Uploads.upload(admin, bundle, "mine.surgalt-bundle", "bundle");
        admin().given().contentType(ContentType.JSON).body(Map.of("upload", upload))
                .when().post("/api/admin/bundles/imports").then().statusCode(404);
    }

    @Test
    void theFormsExportAndImportAndTheReportIsInTheReadersLanguage() throws IOException {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).withLocale("mn").create());
        String code = publishedCourseWithFile(unique("Forms"));
        admin.given().when().get("/admin/bundles").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""));
        byte[] bundle = admin.given().when().get("/admin/bundles/export?courses=" + code).then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        String location = admin.given().accept("text/html").redirects().follow(false)
                .queryParam("_csrf", admin.csrf()).multiPart("file", "school.surgalt-bundle", bundle,
                        "application/octet-stream")
                .when().post("/admin/bundles").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/admin/bundles/uploads/"), location);
        org.surgalt.testsupport.Jobs.runAllDue();
        admin.given().when().get(location).then().statusCode(200)
                .body(containsString("school.surgalt-bundle-г шалгасан, импортлоход бэлэн."));
        admin.form().formParam("x", "").when().post(location).then().statusCode(200)
                .body(containsString("data-outcome=\"skipped\" data-course=\"" + code + "\""))
                .body(containsString("Алгассан"))
                .body(containsString("Энэ хувилбар ижил агуулгатайгаар аль хэдийн байна."));
    }

    @Test
    void aBundleJsonThatIsNotABundlesIsAFieldErrorNeverAServerError() throws IOException {
        Sessions.Session admin = admin();
        for (String manifest : List.of("[]", "{\"format\":2,\"courses\":[],\"blobs\":[]}",
                "{\"format\":1,\"courses\":[null],\"blobs\":[]}",
                "{\"format\":1,\"courses\":[{\"code\":\"x-y-z\",\"versions\":[null]}],\"blobs\":[]}",
                "{\"format\":1,\"courses\":[],\"blobs\":[{\"sha256\":\"../../etc\",\"size\":1}]}")) {
            importBundle(admin, zip(Map.of("bundle.json", manifest.getBytes(StandardCharsets.UTF_8))))
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void aZipWithoutBundleJsonIsNoBundle() throws IOException {
        Sessions.Session admin = admin();
        String upload = Uploads.upload(admin, bytesOf(ZipBuilder.aZip().with("readme.txt", "hello")),
                "plain.surgalt-bundle", "bundle");
        admin.given().when().get("/api/uploads/{id}", upload).then().statusCode(200)
                .body("processing", equalTo("REJECTED"))
                .body("rejectedBecause", containsString("no bundle.json"));
    }

    @Test
    void onlySiteAdminsExportAndAnUnknownCodeIsAFieldError() {
        Sessions.as(aPerson().withRole(Role.AUTHOR).create()).given().when()
                .get("/api/admin/bundles?course=anything").then().statusCode(403);
        admin().given().when().get("/api/admin/bundles?course=no-such-course-here").then().statusCode(400)
                .body(containsString("no-such-course-here"));
        admin().given().accept("text/html").when().get("/admin/bundles/export?courses=no-such-course-here")
                .then().statusCode(400).body(containsString("value=\"no-such-course-here\""));
    }

    @Test
    void aFurtherVersionUpdatesTheCopyInPlaceSoItemIdsAndALearnersProgressCarryOver() throws IOException {
        Sessions.Session admin = admin();
        FileCourses.Source source = FileCourses.published(unique("Original"));
        byte[] lessonPlan = unique("Lesson plan v1");
        String code = "further-" + System.nanoTime() % 1_000_000_000;
        JsonPath first = importBundle(admin, zip(renamed(export(admin, source.code()), source.code(), code,
                lessonPlan))).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(code + "/1/imported"), lines(first));
        long courseId = Arc.container().instance(CourseService.class).get().courseByCode(code).id();
        TestPerson learner = aPerson().enrolledIn(code).create();
        JsonPath v1 = admin.given().when().get("/api/courses/{id}", courseId).then().statusCode(200).extract()
                .jsonPath();
        long page = v1.getLong("modules[0].items[0].id");
        long file = v1.getLong("modules[0].items[1].id");
        Sessions.as(learner).given().accept("text/html").when().get("/courses/{code}/items/{item}", code, page)
                .then().statusCode(200);

        // The source's version 2: the page renamed, the file item gone, a new page after it.
        JsonPath draft = source.author().given().queryParam("version", "draft").when().get("/api/courses/{c}/modules/{m}/items/{i}",
                source.courseId(), source.moduleId(), source.pageId()).then().statusCode(200).extract().jsonPath();
        source.author().given().contentType(ContentType.JSON).body(Map.of("version", draft.getLong("version"),
                "title", Map.of("en", "Read me first"), "body", Map.of("en", "Some *text*"), "completion", "viewed"))
                .when().put("/api/courses/{c}/modules/{m}/items/{i}", source.courseId(), source.moduleId(),
                        source.pageId()).then().statusCode(200);
        source.author().form().when().post("/author/courses/{code}/items/{i}/delete", source.code(), source.fileId())
                .then().statusCode(303);
        source.author().given().contentType(ContentType.JSON).body(Map.of("kind", "page",
                "title", Map.of("en", "Extra"), "body", Map.of("en", "More"))).when()
                .post("/api/courses/{c}/modules/{m}/items", source.courseId(), source.moduleId()).then().statusCode(201);
        assertEquals(2, Publishing.publish(source.author(), source.courseId()));

        byte[] both = zip(renamed(export(admin, source.code() + "@1", source.code() + "@2"), source.code(), code,
                lessonPlan));
        JsonPath second = importBundle(admin, both).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(code + "/1/skipped", code + "/2/imported"), lines(second));
        assertEquals(List.of(code + "/1/skipped", code + "/2/skipped"),
                lines(importBundle(admin, both).then().statusCode(200).extract().jsonPath()));

        JsonPath v2 = admin.given().when().get("/api/courses/{id}", courseId).then().statusCode(200)
                .body("version", equalTo("2")).extract().jsonPath();
        assertEquals(List.of("Read me first", "Extra"), v2.getList("modules[0].items.title.en"));
        assertEquals(page, v2.getLong("modules[0].items[0].id"), "the page keeps its id on the receiver");
        assertFalse(v2.getList("modules[0].items.id", Long.class).contains(file), "the removed item left the draft");
        assertEquals(fingerprint(source.code(), 2), fingerprint(code, 2), "the same content under the same number");
        admin.given().when().get("/api/progress/courses/{c}/learners/{u}", courseId, learner.id()).then()
                .statusCode(200)
                .body("modules[0].items.find { it.id == " + page + " }.complete", equalTo(true))
                .body("modules[0].items.find { it.title == 'Extra' }.complete", equalTo(false));
    }

    @Test
    void aQuizWithItsQuestionsAndAnAssignmentWithItsRubricTravelAndALearnerPassesTheQuizThere() throws IOException {
        Sessions.Session admin = admin();
        org.surgalt.course.Course source = org.surgalt.testsupport.CourseBuilder.aCourse()
                .withQuiz("Check yourself", "Шалгах").withItem(org.surgalt.course.ItemKind.ASSIGNMENT, "Essay",
                        "Write it", null).create();
        long quiz = source.modules().get(0).items().get(1).id();
        long essay = source.modules().get(0).items().get(2).id();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(org.surgalt.identity.Grant.course(Role.AUTHOR, source.id())).create());
        JsonPath question = author.given().contentType(ContentType.JSON).body(Map.of("kind", "single_choice",
                "prompt", "2 + 2?", "options", List.of(Map.of("text", "3", "correct", false),
                        Map.of("text", "4", "correct", true)))).when()
                .post("/api/courses/{c}/questions", source.id()).then().statusCode(201).extract().jsonPath();
        author.given().contentType(ContentType.JSON).body(Map.of("questions", List.of(question.getLong("id")),
                "review", "answers", "maxAttempts", 2)).when()
                .put("/api/courses/{c}/quizzes/{i}", source.id(), quiz).then().statusCode(200);
        long settingsVersion = author.given().when().get("/api/courses/{c}/assignments/{i}", source.id(), essay)
                .then().statusCode(200).extract().jsonPath().getLong("version");
        author.given().contentType(ContentType.JSON).body(Map.of("version", settingsVersion,
                "rubric", List.of(Map.of("title", "Clear", "levels", List.of(Map.of("title", "No", "points", 0),
                        Map.of("title", "Yes", "points", 5)))))).when()
                .put("/api/courses/{c}/assignments/{i}", source.id(), essay).then().statusCode(200);
        String code = "quizzed-" + System.nanoTime() % 1_000_000_000;
        Map<String, byte[]> entries = export(admin, source.code());
        entries.put("bundle.json", new String(entries.get("bundle.json"), StandardCharsets.UTF_8)
                .replace("\"" + source.code() + "\"", "\"" + code + "\"").getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(code + "/1/imported"),
                lines(importBundle(admin, zip(entries)).then().statusCode(200).extract().jsonPath()));

        long courseId = Arc.container().instance(CourseService.class).get().courseByCode(code).id();
        JsonPath copy = admin.given().when().get("/api/courses/{id}", courseId).then().statusCode(200).extract()
                .jsonPath();
        long quizHere = copy.getLong("modules[0].items[1].id");
        long essayHere = copy.getLong("modules[0].items[2].id");
        JsonPath settings = admin.given().when().get("/api/courses/{c}/quizzes/{i}", courseId, quizHere).then()
                .statusCode(200).body("maxAttempts", equalTo(2)).body("review", equalTo("answers")).extract()
                .jsonPath();
        long questionHere = settings.getLong("questions[0]");
        JsonPath bankQuestion = admin.given().when().get("/api/courses/{c}/questions/{q}", courseId, questionHere)
                .then().statusCode(200).body("prompt", equalTo("2 + 2?")).extract().jsonPath();
        org.surgalt.node.client.NodeLinks links = Arc.container().instance(org.surgalt.node.client.NodeLinks.class)
                .get();
        assertEquals(question.getLong("id"), links.national(org.surgalt.node.client.NodeLinks.Kind.QUESTION,
                questionHere).orElseThrow());
        assertEquals(question.getLong("options[1].id"), links.national(org.surgalt.node.client.NodeLinks.Kind.OPTION,
                bankQuestion.getLong("options[1].id")).orElseThrow(), "the right option is linked to the source's");
        admin.given().when().get("/api/courses/{c}/assignments/{i}", courseId, essayHere).then().statusCode(200)
                .body("maxPoints", equalTo(5)).body("rubric[0].title", equalTo("Clear"))
                .body("rubric[0].levels.title", org.hamcrest.Matchers.contains("No", "Yes"));

        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(code).create());
        long attempt = learner.given().contentType(ContentType.JSON).when()
                .post("/api/courses/{c}/quizzes/{i}/attempts", courseId, quizHere).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        learner.given().contentType(ContentType.JSON).body(Map.of("answers", Map.of(String.valueOf(questionHere),
                List.of(String.valueOf(bankQuestion.getLong("options[1].id")))))).when()
                .post("/api/courses/{c}/quizzes/{i}/attempts/{a}/submission", courseId, quizHere, attempt).then()
                .statusCode(200).body("passed", equalTo(true));
    }

    @Test
    void aFurtherVersionForACourseMadeOnTheReceiverUnderTheSameCodeIsRefusedAndTheCourseLeftAlone() throws IOException {
        Sessions.Session admin = admin();
        String source = publishedCourseWithFile(unique("Source"));
        org.surgalt.course.Course local = org.surgalt.testsupport.CourseBuilder.aCourse().withModules(1).create();
        Map<String, byte[]> entries = renamed(export(admin, source), source, local.code(), unique("Plan"));
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("bundle.json"));
        ((ObjectNode) manifest.get("courses").get(0).get("versions").get(0)).put("version", 2);
        entries.put("bundle.json", JSON.writeValueAsBytes(manifest));

        JsonPath report = importBundle(admin, zip(entries)).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(local.code() + "/2/refused"), lines(report));
        assertEquals("A course with this code was made on this site, not brought from the source; it was left as "
                + "it is.", report.getString("lines[0].reason"));
        assertEquals(1, versions(admin, local.code()));
    }

    // --- helpers ---

    private static Sessions.Session admin() {
        return Sessions.as(aPerson().withRole(Role.ADMIN).withLocale("en").create());
    }

    static byte[] unique(String text) {
        return (text + " " + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A course with a page and a file item, published as version 1 through review; returns its code. */
    static String publishedCourseWithFile(byte[] file) {
        return FileCourses.published(file).code();
    }

    static Map<String, byte[]> export(Sessions.Session admin, String... codes) throws IOException {
        StringBuilder query = new StringBuilder();
        for (String code : codes) {
            query.append(query.isEmpty() ? "?" : "&").append("course=").append(code);
        }
        byte[] zip = admin.given().when().get("/api/admin/bundles" + query).then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", containsString(".surgalt-bundle")).extract().asByteArray();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                assertFalse(entries.containsKey(entry.getName()), "each entry once: " + entry.getName());
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The bundle as if another site made it: the course under another code, its file with other bytes. */
    private static Map<String, byte[]> renamed(Map<String, byte[]> entries, String from, String to, byte[] file)
            throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(entries.get("bundle.json"));
        String oldSha = manifest.get("blobs").get(0).get("sha256").asText();
        String newSha = sha256(file);
        ((ObjectNode) manifest.get("blobs").get(0)).put("size", file.length);
        String text = JSON.writeValueAsString(manifest).replace(oldSha, newSha)
                .replace("\"" + from + "\"", "\"" + to + "\"");
        Map<String, byte[]> result = new LinkedHashMap<>();
        result.put("bundle.json", text.getBytes(StandardCharsets.UTF_8));
        result.put("blobs/" + newSha, file);
        return result;
    }

    private static io.restassured.response.Response importBundle(Sessions.Session admin, byte[] bundle) {
        String upload = Uploads.upload(admin, bundle, "courses.surgalt-bundle", "bundle");
        return admin.given().contentType(ContentType.JSON).body(Map.of("upload", upload))
                .when().post("/api/admin/bundles/imports");
    }

    private static List<String> lines(JsonPath report) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> line : report.<Map<String, Object>>getList("lines")) {
            lines.add(line.get("course") + "/" + line.get("version") + "/" + line.get("outcome"));
        }
        return lines;
    }

    private static List<String> codes(JsonNode manifest) {
        List<String> codes = new ArrayList<>();
        manifest.get("courses").forEach(course -> codes.add(course.get("code").asText()));
        return codes;
    }

    private static int versions(Sessions.Session admin, String code) {
        long id = Arc.container().instance(CourseService.class).get().courseByCode(code).id();
        return admin.given().when().get("/api/courses/{id}/versions", id).then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static String fingerprint(String code, int number) {
        org.surgalt.course.Course course = Arc.container().instance(CourseService.class).get().courseByCode(code);
        return VersionFingerprint.sha256(Arc.container().instance(org.surgalt.authoring.PublishedContent.class).get()
                .version(course, number));
    }

    private static boolean exists(String code) {
        try {
            Arc.container().instance(CourseService.class).get().courseByCode(code);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] bytesOf(ZipBuilder zip) throws IOException {
        Path file = Files.createTempFile("bundle-test-", ".zip");
        try {
            zip.writeTo(file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
