package org.surgalt.scorm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * A SCORM 1.2 package played over HTTP as the player does it: the launch from the application, the
 * player page on the content origin, commits with sequence numbers, resume, attempts, and the
 * completion fact the commit records. The browser half is ScormPlayerBrowserTest.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScormRuntimeTest {

    private static final Pattern LAUNCH_JSON = Pattern.compile(
            "<script type=\"application/json\" id=\"launch\">(.*?)</script>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL app;

    PackageCourses.PackageCourse golf;
    PersonBuilder.TestPerson learner;
    Sessions.Session session;

    @BeforeEach
    void publishGolf() throws Exception {
        if (golf != null) {
            return;
        }
        golf = PackageCourses.publishedWith("golf-examples/RuntimeBasicCalls_SCORM12.zip", "completed", null);
        learner = aPerson().enrolledIn(golf.code()).create();
        session = Sessions.as(learner);
    }

    String contentHost() {
        return "content.localhost:" + app.getPort();
    }

    /** Follows the application's launch to the player, as the frame does; returns the launch JSON. */
    JsonNode launch(Sessions.Session who) throws Exception {
        return launch(who, golf);
    }

    JsonNode launch(Sessions.Session who, PackageCourses.PackageCourse course) throws Exception {
        String location = who.given().redirects().follow(false)
                .when().get("/courses/{c}/packages/{i}/launch", course.code(), course.itemId())
                .then().statusCode(303).header("Cache-Control", "no-store")
                .header("Location", startsWith("http://" + contentHost() + "/scorm/launch/"))
                .extract().header("Location");
        Response player = given().header("Host", contentHost()).when().get(URI.create(location).getPath());
        player.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' http://localhost:" + app.getPort()))
                .header("Content-Security-Policy", containsString("connect-src 'self'"))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        Matcher json = LAUNCH_JSON.matcher(player.asString());
        assertTrue(json.find(), "the player page carries the launch data");
        return JSON.readTree(json.group(1));
    }

    /** As sendBeacon posts it: JSON in a text/plain body. */
    Response commit(String token, String sco, long seq, Map<String, Object> cmi, boolean terminate) throws Exception {
        return given().header("Host", contentHost()).contentType("text/plain;charset=UTF-8")
                .body(JSON.writeValueAsString(Map.of("token", token, "sco", sco, "commitSequence", seq, "cmi", cmi,
                        "terminate", terminate)))
                .when().post("/scorm/commit");
    }

    @Test
    void aLearnerResumesWhereTheyLeftAndCompletingTheScoCompletesTheItem() throws Exception {
        JsonNode launch = launch(session);
        assertEquals("1.2", launch.path("standard").asText());
        assertEquals(learner.id(), launch.path("learner").path("id").asLong());
        String sco = launch.path("scos").get(0).path("id").asText();
        assertTrue(launch.path("scos").get(0).path("cmi").isNull(), "a first launch has no saved data");

        // More than SCORM 1.2's 4,096 characters of suspend_data: stored whole.
        String suspend = "x".repeat(5000);
        Response first = commit(launch.path("token").asText(), sco, 1, Map.of("core", Map.of("lesson_status",
                "incomplete", "lesson_location", "page-3", "exit", "suspend", "session_time", "00:02:00"),
                "suspend_data", suspend), false);
        first.then().statusCode(200).body("result", is(true)).body("errorCode", is(0));
        // A token made less than a minute ago is kept (LaunchTokensTest: an older one is renewed).
        assertTrue(first.jsonPath().getString("token") == null);
        String renewed = launch.path("token").asText();

        // A replayed (or late) commit with an old sequence number changes nothing.
        commit(renewed, sco, 1, Map.of("core", Map.of("lesson_status", "failed"), "suspend_data", "overwritten"),
                false).then().statusCode(200).body("result", is(true)).body("stale", is(true));

        JsonNode resumed = launch(session);
        JsonNode saved = resumed.path("scos").get(0);
        assertEquals(1, saved.path("seq").asLong());
        assertEquals(suspend, saved.path("cmi").path("suspend_data").asText());
        assertEquals("page-3", saved.path("cmi").path("core").path("lesson_location").asText());
        assertEquals(resumed.path("attempt").asInt(), launch.path("attempt").asInt(), "the open attempt is resumed");
        assertEquals(sco, resumed.path("start").asText());

        assertItemComplete(false);
        commit(resumed.path("token").asText(), sco, 2, Map.of("core", Map.of("lesson_status", "completed",
                "score", Map.of("raw", "85", "min", "0", "max", "100"), "exit", "", "total_time", "00:05:00")),
                true).then().statusCode(200).body("result", is(true));
        assertItemComplete(true);

        session.given().when().get("/courses/{c}/items/{i}", golf.code(), golf.itemId()).then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-src 'self' http://" + contentHost()))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .body(containsString("class=\"package-player\""))
                .body(containsString("/courses/" + golf.code() + "/packages/" + golf.itemId() + "/launch"))
                .body(containsString("85.00%"));
    }

    @Test
    void badDataIsRefusedWithTheScormErrorCodeAndNothingIsStored() throws Exception {
        PersonBuilder.TestPerson other = aPerson().enrolledIn(golf.code()).create();
        JsonNode launch = launch(Sessions.as(other));
        String sco = launch.path("scos").get(0).path("id").asText();
        commit(launch.path("token").asText(), sco, 1, Map.of("core", Map.of("lesson_status", "finished")), false)
                .then().statusCode(200).body("result", is(false)).body("errorCode", is(405))
                .body("message", containsString("lesson_status"));
        commit(launch.path("token").asText(), sco, 2, Map.of("core", Map.of("score", Map.of("raw", "lots"))), false)
                .then().statusCode(200).body("result", is(false)).body("errorCode", is(405));
        commit(launch.path("token").asText(), sco, 3, Map.of("suspend_data", "y".repeat(64_001)), false)
                .then().statusCode(200).body("result", is(false));
        given().header("Host", contentHost()).contentType("text/plain").body("{not json").when()
                .post("/scorm/commit").then().statusCode(400).body("result", is(false));
        // Nothing large is read on the content origin: 5 MB is refused before the body is taken.
        given().header("Host", contentHost()).contentType("text/plain").body("x".repeat(5 << 20)).when()
                .post("/scorm/commit").then().statusCode(413).body("result", is(false));
        assertTrue(launch(Sessions.as(other)).path("scos").get(0).path("cmi").isNull(), "nothing was stored");
    }

    @Test
    void aTokenOpensOnlyItsOwnAttemptAndAClosedAttemptTakesNoMoreCommits() throws Exception {
        PersonBuilder.TestPerson owner = aPerson().enrolledIn(golf.code()).create();
        Sessions.Session ownerSession = Sessions.as(owner);
        JsonNode launch = launch(ownerSession);
        String token = launch.path("token").asText();
        String sco = launch.path("scos").get(0).path("id").asText();

        // A token whose claims were changed (another attempt) no longer matches its signature.
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replaceFirst("\"rec\":(\\d+)", "\"rec\":1").getBytes()) + "." + parts[2];
        commit(forged, sco, 1, Map.of("core", Map.of("lesson_status", "passed")), false)
                .then().statusCode(401).body("result", is(false));
        // "alg": "none" is not taken either.
        String none = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        commit(none, sco, 1, Map.of("core", Map.of("lesson_status", "passed")), false).then().statusCode(401);
        // The opening token is not a session token.
        commit("", sco, 1, Map.of(), false).then().statusCode(401);

        ownerSession.given().redirects().follow(false).when().post("/courses/{c}/packages/{i}/attempts", golf.code(), golf.itemId())
                .then().statusCode(303);
        commit(token, sco, 1, Map.of("core", Map.of("lesson_status", "passed")), false)
                .then().statusCode(409).body("result", is(false));
        JsonNode second = launch(ownerSession);
        assertEquals(launch.path("attempt").asInt() + 1, second.path("attempt").asInt());
        assertTrue(second.path("scos").get(0).path("cmi").isNull(), "a new attempt starts from the beginning");
    }

    @Test
    void theTwoOriginsServeOnlyTheirOwnRoutes() throws Exception {
        JsonNode launch = launch(session);
        String file = launch.path("filesBase").asText() + launch.path("scos").get(0).path("href").asText()
                .replaceFirst("[?#].*", "");
        String page = given().header("Host", contentHost()).when().get(file).then().statusCode(200)
                .contentType(containsString("text/html")).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("immutable")).header("Accept-Ranges", "bytes")
                .extract().asString();
        // A part of it, as a video player seeks.
        given().header("Host", contentHost()).header("Range", "bytes=10-19").when().get(file).then().statusCode(206)
                .header("Content-Range", "bytes 10-19/" + page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .body(equalTo(page.substring(10, 20)));
        given().header("Host", contentHost()).header("Range", "bytes=999999-").when().get(file).then().statusCode(416);
        // Package files and the player are not served on the application's origin ...
        given().when().get(file).then().statusCode(404);
        given().when().get("/scorm/lib/player.js").then().statusCode(404);
        // ... and the application's pages are not served on the content origin, cookies or not.
        given().header("Host", contentHost()).cookie(Sessions.SESSION_COOKIE, session.session()).when()
                .get("/courses/{c}/items/{i}", golf.code(), golf.itemId()).then().statusCode(404)
                .body(not(containsString("Golf")));
        given().header("Host", contentHost()).when().get("/api/courses").then().statusCode(404);
        given().header("Host", contentHost()).when().get("/scorm/files/" + "0".repeat(64) + "/index.html")
                .then().statusCode(404);
        given().header("Host", contentHost()).when().get("/scorm/launch/not-a-token").then().statusCode(403)
                .body(containsString("expired"));
        given().header("Host", contentHost()).header("Accept-Language", "mn").when().get("/scorm/launch/not-a-token")
                .then().statusCode(403).body(containsString("хугацаа дууссан"));
    }

    @Test
    void theGraderSeesEveryonesAttemptsAndExportsTheirAnswers() throws Exception {
        PersonBuilder.TestPerson answering = aPerson().enrolledIn(golf.code()).withName("Answering Learner").create();
        JsonNode launch = launch(Sessions.as(answering));
        String sco = launch.path("scos").get(0).path("id").asText();
        Map<String, Object> interaction = Map.of("id", "q-par-3", "type", "choice", "student_response", "b",
                "result", "correct", "time", "10:15:00");
        commit(launch.path("token").asText(), sco, 1, Map.of("core", Map.of("lesson_status", "passed",
                "score", Map.of("raw", "90", "min", "0", "max", "100"), "total_time", "00:03:30"),
                "interactions", Map.of("0", interaction)), true).then().statusCode(200).body("result", is(true));

        Sessions.Session grader = Sessions.as(aPerson().withLocale("en")
                .withGrant(org.surgalt.identity.Grant.course(org.surgalt.identity.Role.GRADER, golf.course().id()))
                .create());
        grader.given().when().get("/courses/{c}/packages/{i}/report", golf.code(), golf.itemId()).then()
                .statusCode(200).body(containsString("Answering Learner")).body(containsString("90.00%"));
        String csv = grader.given().when().get("/courses/{c}/packages/{i}/report/csv", golf.code(), golf.itemId())
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("learner,attempt,open,"), csv);
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("Answering Learner,1,true,")
                && line.contains(",completed,passed,90.00,210,") && line.contains(",q-par-3,choice,b,correct,")), csv);
        // The learner's coordinator (of their school) sees them too; another school's coordinator does not.
        Sessions.as(aPerson().withLocale("en").withRole(org.surgalt.identity.Role.COORDINATOR).create()).given()
                .when().get("/courses/{c}/packages/{i}/report", golf.code(), golf.itemId()).then().statusCode(200)
                .body(containsString("Answering Learner"));
        org.surgalt.identity.IdentityService identity = io.quarkus.arc.Arc.container()
                .instance(org.surgalt.identity.IdentityService.class).get();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> identity.createInstitutionIfAbsent(
                "scorm-other-school", "Other school", org.surgalt.identity.InstitutionKind.SCHOOL, "Ховд", "Буянт"));
        Sessions.as(aPerson().withLocale("en").inInstitution("scorm-other-school")
                .withRole(org.surgalt.identity.Role.COORDINATOR).create()).given()
                .when().get("/courses/{c}/packages/{i}/report", golf.code(), golf.itemId()).then().statusCode(200)
                .body(not(containsString("Answering Learner")));
        // Learners see their own attempts on the item page, not everyone's.
        Sessions.as(answering).given().when().get("/courses/{c}/packages/{i}/report", golf.code(), golf.itemId())
                .then().statusCode(403);
    }

    @Test
    void aPackageIsUnpackedOnceWhateverUsesItAndNoEntryNamesAPathOnDisk() throws Exception {
        // Another course with the same package, published and opened: the package is not unpacked again.
        PackageCourses.PackageCourse again = PackageCourses.publishedWith("golf-examples/RuntimeBasicCalls_SCORM12.zip",
                "completed", null);
        launch(Sessions.as(aPerson().enrolledIn(again.code()).create()), again);
        launch(session);
        String sha = launch(session).path("filesBase").asText().replaceAll(".*/files/([0-9a-f]{64})/", "$1");
        javax.sql.DataSource data = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
        long files;
        try (var c = data.getConnection();
                var s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM scorm_package WHERE sha256 = ?),"
                        + " (SELECT COUNT(*) FROM scorm_package_file WHERE package_sha256 = ?),"
                        + " (SELECT file_count FROM scorm_package WHERE sha256 = ?)")) {
            s.setString(1, sha);
            s.setString(2, sha);
            s.setString(3, sha);
            try (var r = s.executeQuery()) {
                r.next();
                assertEquals(1, r.getInt(1), "one row for the package");
                files = r.getLong(2);
                assertEquals(files, r.getLong(3), "each of its files indexed once");
            }
        }
        assertTrue(files > 20, "the Golf package has its pages, images and scripts: " + files);
        java.nio.file.Path root = io.quarkus.arc.Arc.container().instance(org.surgalt.content.AssetsConfig.class).get()
                .root().resolve("packages");
        try (var stored = java.nio.file.Files.walk(root)) {
            List<java.nio.file.Path> regular = stored.filter(java.nio.file.Files::isRegularFile).toList();
            assertTrue(!regular.isEmpty(), "the files are in the asset volume's packages/");
            // Stored under their own SHA-256 only: no archive entry's name became a path.
            regular.forEach(file -> assertTrue(file.getFileName().toString().matches("[0-9a-f]{64}"), file.toString()));
        }
    }

    void assertItemComplete(boolean expected) {
        Sessions.Session author = golf.author();
        boolean complete = author.given().when()
                .get("/api/progress/courses/{c}/learners/{u}", golf.course().id(), learner.id())
                .then().statusCode(200).extract().jsonPath()
                .getBoolean("modules[0].items.find { it.id == " + golf.itemId() + " }.complete");
        assertEquals(expected, complete);
    }

}
