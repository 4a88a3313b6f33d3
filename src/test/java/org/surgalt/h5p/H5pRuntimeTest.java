package org.surgalt.h5p;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
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
import java.util.HashMap;
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
 * The True/False played over HTTP as the player page does it: the launch from the application,
 * the player page and the package's files on the content origin (and nowhere else), and the saves
 * of the learner's state with their numbers, given back on the next launch. The browser half is
 * H5pPlayerBrowserTest.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H5pRuntimeTest {

    static final String TRUE_FALSE = "../h5p/truefalse-hello-world_tunapanda.h5p";
    private static final Pattern LAUNCH_JSON = Pattern.compile(
            "<script type=\"application/json\" id=\"launch\">(.*?)</script>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL app;

    PackageCourses.PackageCourse course;
    PersonBuilder.TestPerson learner;
    Sessions.Session session;

    @BeforeEach
    void publish() throws Exception {
        if (course != null) {
            return;
        }
        course = PackageCourses.publishedWith(TRUE_FALSE, "completed", null);
        learner = aPerson().enrolledIn(course.code()).create();
        session = Sessions.as(learner);
    }

    String contentHost() {
        return "content.localhost:" + app.getPort();
    }

    JsonNode launch(Sessions.Session who) throws Exception {
        String location = who.given().redirects().follow(false)
                .when().get("/courses/{c}/h5p/{i}/launch", course.code(), course.itemId())
                .then().statusCode(303).header("Cache-Control", "no-store")
                .header("Location", startsWith("http://" + contentHost() + "/h5p/launch/"))
                .extract().header("Location");
        Response player = given().header("Host", contentHost()).when().get(URI.create(location).getPath());
        player.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' http://localhost:" + app.getPort()))
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .body(containsString("<noscript>"));
        Matcher json = LAUNCH_JSON.matcher(player.asString());
        assertTrue(json.find(), "the player page carries the launch data");
        return JSON.readTree(json.group(1));
    }

    Response save(String token, long seq, String state) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("token", token);
        body.put("seq", seq);
        body.put("state", state);
        return given().header("Host", contentHost()).contentType("text/plain;charset=UTF-8")
                .body(JSON.writeValueAsString(body)).when().post("/h5p/state");
    }

    @Test
    void theItemPageFramesThePlayerFromTheContentOrigin() {
        session.given().when().get("/courses/{c}/items/{i}", course.code(), course.itemId()).then().statusCode(200)
                .body(containsString("<iframe class=\"package-player\" src=\"/courses/" + course.code() + "/h5p/"
                        + course.itemId() + "/launch\""))
                .header("Content-Security-Policy", containsString("http://" + contentHost()));
    }

    @Test
    void theLaunchNamesThePackageTheLearnerAndTheActivity() throws Exception {
        PersonBuilder.TestPerson newcomer = aPerson().enrolledIn(course.code()).create();
        JsonNode launch = launch(Sessions.as(newcomer));
        String files = launch.path("h5pJsonPath").asText();
        assertTrue(files.matches("/h5p/files/[0-9a-f]{64}"), files);
        assertEquals(String.valueOf(newcomer.id()), launch.path("actor").path("account").path("name").asText());
        assertEquals("http://localhost:8081/courses/" + course.code() + "/items/" + course.itemId(),
                launch.path("activityId").asText().replaceFirst("http://[^/]+", "http://localhost:8081"));
        assertTrue(launch.path("authorization").asText().startsWith("Basic "));
        assertTrue(launch.path("state").isNull(), "a first launch has nothing to resume");

        given().header("Host", contentHost()).when().get(files + "/h5p.json").then().statusCode(200)
                .body("mainLibrary", is("H5P.TrueFalse"))
                .header("Cache-Control", "max-age=31536000, immutable");
        given().header("Host", contentHost()).when().get(files + "/H5P.TrueFalse-1.6/library.json").then()
                .statusCode(200).body("machineName", is("H5P.TrueFalse"));
        given().header("Host", contentHost()).when().get(files + "/nothing-here.js").then().statusCode(404);
        // Author-supplied script never answers on the application's origin.
        given().when().get(files + "/h5p.json").then().statusCode(404);
    }

    @Test
    void thePlayerLibraryIsServedFromTheContentOriginOnly() {
        given().header("Host", contentHost()).when().get(launchLibrary("dist/main.bundle.js")).then().statusCode(200)
                .contentType(containsString("text/javascript")).header("Cache-Control", containsString("immutable"));
        given().header("Host", contentHost()).when().get(launchLibrary("dist/styles/h5p.css")).then()
                .statusCode(200);
        given().header("Host", contentHost()).when().get("/h5p/lib/player.js").then().statusCode(200);
        given().header("Host", contentHost()).when().get("/h5p/lib/..%2Fapplication.properties").then()
                .statusCode(404);
        given().when().get(launchLibrary("dist/main.bundle.js")).then().statusCode(404);
    }

    private static String launchLibrary(String path) {
        return H5pPlayerResource.LIBRARY + "/" + path;
    }

    @Test
    void savedStateComesBackOnTheNextLaunchAndALateSaveChangesNothing() throws Exception {
        JsonNode launch = launch(session);
        String token = launch.path("token").asText();
        long seq = launch.path("seq").asLong();
        String state = "{\"answer\":true}";

        save(token, seq + 1, state).then().statusCode(200).body("stored", is(true));
        // Replayed, or overtaken by a later one: acknowledged, not stored.
        save(token, seq + 1, "{\"answer\":false}").then().statusCode(200).body("stored", is(false));

        JsonNode resumed = launch(session);
        assertEquals(state, resumed.path("state").asText());
        assertEquals(seq + 1, resumed.path("seq").asLong());
    }

    @Test
    void savesWithoutAValidTokenOrWithBrokenStateAreRefused() throws Exception {
        JsonNode launch = launch(session);
        String token = launch.path("token").asText();
        save("not-a-token", 99, "{}").then().statusCode(401);
        save(token, 0, "{}").then().statusCode(400);
        save(token, 99, "not json").then().statusCode(400);
        given().header("Host", contentHost()).contentType("text/plain").body("{").when().post("/h5p/state").then()
                .statusCode(400);
        // The launch token opens the page once; it is no key for saves.
        String opening = session.given().redirects().follow(false)
                .when().get("/courses/{c}/h5p/{i}/launch", course.code(), course.itemId()).then().extract()
                .header("Location").replaceFirst(".*/h5p/launch/", "");
        save(opening, 99, "{}").then().statusCode(401);
    }

    @Test
    void theEditorsTryButtonForPackagesOpensTheDraftsH5pPlayer() {
        // The item editor's "try the draft" names the packages' door; an H5P item goes on to its own.
        String h5pDoor = course.author().given().redirects().follow(false)
                .when().get("/courses/{c}/packages/{i}/launch?version=draft", course.code(), course.itemId())
                .then().statusCode(303).extract().header("Location");
        assertEquals("/courses/" + course.code() + "/h5p/" + course.itemId() + "/launch?version=draft",
                URI.create(h5pDoor).getPath() + "?" + URI.create(h5pDoor).getQuery());
        course.author().given().redirects().follow(false).when().get(URI.create(h5pDoor).getPath()
                + "?version=draft").then().statusCode(303)
                .header("Location", startsWith("http://" + contentHost() + "/h5p/launch/"));
        // A learner has no draft to try.
        session.given().redirects().follow(false).when()
                .get("/courses/{c}/h5p/{i}/launch?version=draft", course.code(), course.itemId())
                .then().statusCode(403);
    }

    @Test
    void someoneNotEnrolledCannotOpenIt() {
        Sessions.as(aPerson().create()).given().redirects().follow(false)
                .when().get("/courses/{c}/h5p/{i}/launch", course.code(), course.itemId())
                .then().statusCode(403);
    }
}
