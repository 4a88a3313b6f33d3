package org.surgalt.cmi5;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;

/**
 * cmi5 at run time, with REST Assured acting as the AU the way the spec's sequence goes: launch,
 * fetch (once), LMS.LaunchData, initialized, completed, passed, terminated; and the LMS's side:
 * the launched / satisfied / abandoned / waived statements, the refused out-of-order statements,
 * satisfaction by moveOn and the completion fact in the same transaction.
 */
@QuarkusTest
class Cmi5RuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "1.0.3";

    @TestHTTPResource("/")
    URL app;

    @Inject
    EntityManager em;

    /** A published course made from one of CATAPULT's packages, with an enrolled learner. */
    record Published(long courseId, String code, long itemId, Sessions.Session author, PersonBuilder.TestPerson learner,
            Sessions.Session session) {
    }

    Published publish(String file) throws Exception {
        PersonBuilder.TestPerson author = aPerson().withRole(Role.AUTHOR).create();
        Sessions.Session authorSession = Sessions.as(author);
        JsonPath imported = Cmi5ImportTest.importZip(authorSession, file, null);
        long courseId = imported.getLong("courseId");
        String code = imported.getString("code");
        long item = authorSession.given().when().get("/api/courses/{c}?version=draft", courseId).then()
                .statusCode(200).extract().jsonPath().getLong("modules[0].items[0].id");
        Publishing.publish(authorSession, courseId);
        PersonBuilder.TestPerson learner = aPerson().enrolledIn(code).create();
        return new Published(courseId, code, item, authorSession, learner, Sessions.as(learner));
    }

    String contentHost() {
        return "content.localhost:" + app.getPort();
    }

    /** What an AU is launched with, and the requests it makes from there. */
    final class Au {
        final URI launch;
        final Map<String, String> query = new LinkedHashMap<>();
        String token;
        String sessionId;

        Au(String location) {
            launch = URI.create(location);
            for (String pair : launch.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }

        RequestSpecification at(URI uri) {
            return given().header("Host", uri.getAuthority());
        }

        Response fetch() {
            URI fetch = URI.create(query.get("fetch"));
            return at(fetch).contentType(ContentType.JSON).body("").when().post(fetch.getPath());
        }

        void fetchToken() {
            token = fetch().then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath()
                    .getString("auth-token");
        }

        RequestSpecification lrs() {
            return at(URI.create(query.get("endpoint"))).header("Authorization", "Basic " + token)
                    .header("X-Experience-API-Version", VERSION);
        }

        String endpointPath(String resource) {
            return URI.create(query.get("endpoint")).getPath() + resource;
        }

        JsonNode launchData() throws Exception {
            String body = lrs().queryParam("activityId", query.get("activityId")).queryParam("agent", query.get("actor"))
                    .queryParam("registration", query.get("registration")).queryParam("stateId", "LMS.LaunchData")
                    .when().get(endpointPath("activities/state")).then().statusCode(200).extract().asString();
            JsonNode data = JSON.readTree(body);
            sessionId = data.path("contextTemplate").path("extensions")
                    .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText();
            // The AU reads the learner's preferences at startup (11.0): none are kept for this learner yet.
            prefs().then().statusCode(404);
            return data;
        }

        Response prefs() {
            return lrs().queryParam("agent", query.get("actor")).queryParam("profileId", "cmi5LearnerPreferences")
                    .when().get(endpointPath("agents/profile"));
        }

        /** A cmi5 defined statement built from the contextTemplate, as the spec asks the AU to. */
        ObjectNode statement(String verb, JsonNode launchData) throws Exception {
            ObjectNode statement = JSON.createObjectNode();
            statement.put("id", UUID.randomUUID().toString());
            statement.set("actor", JSON.readTree(query.get("actor")));
            statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb);
            statement.putObject("object").put("id", query.get("activityId"));
            ObjectNode context = launchData.get("contextTemplate").deepCopy();
            context.put("registration", query.get("registration"));
            ((ObjectNode) context.get("contextActivities")).putArray("category").addObject()
                    .put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
            statement.set("context", context);
            statement.put("timestamp", Instant.now().toString());
            return statement;
        }

        ObjectNode outcome(String verb, JsonNode launchData) throws Exception {
            ObjectNode statement = statement(verb, launchData);
            ((com.fasterxml.jackson.databind.node.ArrayNode) statement.path("context").path("contextActivities")
                    .path("category")).addObject().put("id", "https://w3id.org/xapi/cmi5/context/categories/moveon");
            ObjectNode result = statement.putObject("result").put("duration", "PT30S");
            if (verb.equals("completed")) {
                result.put("completion", true);
            } else {
                result.put("success", verb.equals("passed"));
                if (launchData.has("masteryScore")) {
                    ((ObjectNode) statement.path("context").path("extensions"))
                            .set("https://w3id.org/xapi/cmi5/context/extensions/masteryscore", launchData.get("masteryScore"));
                }
            }
            return statement;
        }

        int send(ObjectNode statement) {
            return lrs().contentType(ContentType.JSON).body(statement.toString()).when()
                    .post(endpointPath("statements")).then().extract().statusCode();
        }

        List<JsonNode> statements() throws Exception {
            String body = lrs().queryParam("registration", query.get("registration")).queryParam("ascending", "true")
                    .when().get(endpointPath("statements")).then().statusCode(200).extract().asString();
            List<JsonNode> list = new ArrayList<>();
            JSON.readTree(body).path("statements").forEach(list::add);
            return list;
        }
    }

    Au launch(Published course, Sessions.Session who, String mode) {
        String location = who.given().redirects().follow(false).when()
                .get("/courses/{c}/cmi5/{i}/launch" + (mode == null ? "" : "?mode=" + mode), course.code(),
                        course.itemId())
                .then().statusCode(303).header("Cache-Control", containsString("no-store"))
                .extract().header("Location");
        return new Au(location);
    }

    List<String> facts(long userId, long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT kind FROM completion_fact WHERE user_id = ?1 AND item_id = ?2 ORDER BY id")
                .setParameter(1, userId).setParameter(2, itemId).getResultList().stream().map(Object::toString)
                .toList());
    }

    /** The registration's statements as an LRS client of the site reads them (the AU's credentials end with it). */
    List<JsonNode> statementsAsClient(String registration) throws Exception {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        JsonPath client = admin.given().contentType(ContentType.JSON)
                .body(Map.of("name", "cmi5 test " + UUID.randomUUID(), "read", true, "write", false)).when()
                .post("/api/admin/xapi-clients").then().statusCode(201).extract().jsonPath();
        String body = given().auth().preemptive().basic(client.getString("client.key"), client.getString("secret"))
                .header("X-Experience-API-Version", VERSION).queryParam("registration", registration)
                .queryParam("ascending", "true").when().get("/xapi/statements").then().statusCode(200).extract()
                .asString();
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(body).path("statements").forEach(list::add);
        return list;
    }

    static List<String> verbs(List<JsonNode> statements) {
        return statements.stream().map(s -> s.path("verb").path("id").asText().replaceAll(".*/", "")).toList();
    }

    @Test
    void anAuFollowingTheSpecSatisfiesItsBlockAndCourseAndCompletesTheItem() throws Exception {
        Published course = publish("001-essentials.zip");
        Au au = launch(course, course.session(), null);

        // The launch URL: the AU's own URL (and query) at the content origin, with the five parameters added.
        assertEquals(contentHost(), au.launch.getAuthority());
        assertTrue(au.launch.getPath().startsWith("/cmi5/files/") && au.launch.getPath().endsWith("/index.html"),
                au.launch.toString());
        assertEquals("1", au.query.get("paramA"));
        assertEquals("2", au.query.get("paramB"));
        assertEquals("http://" + contentHost() + "/xapi/", au.query.get("endpoint"));
        assertTrue(au.query.get("fetch").startsWith("http://" + contentHost() + "/cmi5/fetch/"));
        assertEquals(course.learner().id() + "", JSON.readTree(au.query.get("actor")).path("account").path("name").asText());
        assertNotEquals("https://w3id.org/xapi/cmi5/catapult/lts/au/001-essentials", au.query.get("activityId"),
                "the LMS makes its own activity id for the AU (8.1.5)");
        UUID.fromString(au.query.get("registration"));
        au.at(au.launch).when().get(au.launch.getPath()).then().statusCode(200).body(containsString("<html"));

        // The fetch URL gives the token once; the second call gets the cmi5 error, with status 200.
        au.fetchToken();
        au.fetch().then().statusCode(200).body("error-code", equalTo("1"));

        JsonNode data = au.launchData();
        assertEquals("Normal", data.path("launchMode").asText());
        assertEquals("CompletedAndPassed", data.path("moveOn").asText());
        assertEquals(0.9, data.path("masteryScore").asDouble());
        assertEquals("sample string", data.path("launchParameters").asText());
        assertEquals("sample value", data.path("entitlementKey").path("courseStructure").asText());
        assertTrue(data.path("returnURL").asText().endsWith("/courses/" + course.code() + "/items/" + course.itemId()));
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/au/001-essentials",
                data.path("contextTemplate").path("contextActivities").path("grouping").get(0).path("id").asText());

        // The AU reads LMS.LaunchData but never writes it, and leaves the learner's preferences to the LMS.
        au.lrs().contentType(ContentType.JSON).body("{\"launchMode\":\"Browse\"}")
                .queryParam("activityId", au.query.get("activityId")).queryParam("agent", au.query.get("actor"))
                .queryParam("registration", au.query.get("registration")).queryParam("stateId", "LMS.LaunchData")
                .when().put(au.endpointPath("activities/state")).then().statusCode(403);
        au.lrs().contentType(ContentType.JSON).body("{\"languagePreference\":\"mn-MN\",\"audioPreference\":\"on\"}")
                .queryParam("agent", au.query.get("actor")).queryParam("profileId", "cmi5LearnerPreferences")
                .when().put(au.endpointPath("agents/profile")).then().statusCode(403);
        // Out of order: nothing before initialized.
        assertEquals(403, au.send(au.outcome("completed", data)));
        assertEquals(200, au.send(au.statement("initialized", data)));
        assertEquals(403, au.send(au.statement("initialized", data)), "initialized once per session");
        ObjectNode voiding = au.statement("voided", data);
        voiding.set("object", JSON.createObjectNode().put("objectType", "StatementRef")
                .put("id", UUID.randomUUID().toString()));
        ((ObjectNode) voiding.path("context").path("contextActivities")).remove("category");
        assertEquals(403, au.send(voiding), "an AU may not void statements (6.3)");
        ObjectNode local = au.statement("experienced", data);
        local.put("timestamp", "2026-12-07T08:00:00-06:00");
        ((ObjectNode) local.path("context").path("contextActivities")).remove("category");
        assertEquals(403, au.send(local), "timestamps in UTC (9.7)");
        ObjectNode noMastery = au.outcome("passed", data);
        ((ObjectNode) noMastery.get("result")).putObject("score").put("scaled", 0.95);
        ((ObjectNode) noMastery.path("context").path("extensions"))
                .remove("https://w3id.org/xapi/cmi5/context/extensions/masteryscore");
        assertEquals(403, au.send(noMastery), "passed carries the masteryScore of LMS.LaunchData (9.6.3.2)");
        ObjectNode low = au.outcome("passed", data);
        ((ObjectNode) low.get("result")).putObject("score").put("scaled", 0.5);
        assertEquals(403, au.send(low), "passed with a score under the masteryScore");
        ObjectNode wrongSession = au.outcome("completed", data);
        ((ObjectNode) wrongSession.path("context").path("extensions"))
                .put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", "another");
        assertEquals(403, au.send(wrongSession), "the session id of LMS.LaunchData");
        assertEquals(200, au.send(au.outcome("completed", data)));
        assertFalse(facts(course.learner().id(), course.itemId()).contains("COMPLETED"),
                "completed alone does not satisfy CompletedAndPassed");
        ObjectNode passed = au.outcome("passed", data);
        ((ObjectNode) passed.get("result")).putObject("score").put("scaled", 0.95);
        assertEquals(200, au.send(passed));
        assertTrue(facts(course.learner().id(), course.itemId()).contains("COMPLETED"),
                "satisfied: the completion fact, in the statement's transaction");
        assertEquals(403, au.send(au.outcome("failed", data)), "one of passed and failed per session");
        ObjectNode terminated = au.statement("terminated", data);
        terminated.putObject("result").put("duration", "PT1M");
        assertEquals(200, au.send(terminated));
        // Its credentials end with the session (8.2.1, 9.3.8): nothing after terminated, of any kind.
        assertEquals(401, au.send(au.statement("experienced", data)), "nothing after terminated");
        au.prefs().then().statusCode(401);

        List<JsonNode> statements = statementsAsClient(au.query.get("registration"));
        assertEquals(List.of("launched", "initialized", "completed", "passed", "satisfied", "satisfied", "terminated"),
                verbs(statements));
        JsonNode launched = statements.get(0);
        JsonNode extensions = launched.path("context").path("extensions");
        assertEquals(au.sessionId, extensions.path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText());
        assertEquals("Normal", extensions.path("https://w3id.org/xapi/cmi5/context/extensions/launchmode").asText());
        assertEquals("CompletedAndPassed", extensions.path("https://w3id.org/xapi/cmi5/context/extensions/moveon").asText());
        assertEquals(0.9, extensions.path("https://w3id.org/xapi/cmi5/context/extensions/masteryscore").asDouble());
        assertEquals("sample string",
                extensions.path("https://w3id.org/xapi/cmi5/context/extensions/launchparameters").asText());
        assertTrue(extensions.path("https://w3id.org/xapi/cmi5/context/extensions/launchurl").asText()
                .contains("paramA=1&paramB=2"));
        assertFalse(extensions.path("https://w3id.org/xapi/cmi5/context/extensions/launchurl").asText()
                .contains("endpoint="));
        JsonNode block = statements.get(4);
        assertEquals("https://w3id.org/xapi/cmi5/activitytype/block", block.path("object").path("definition")
                .path("type").asText());
        assertNotEquals("https://w3id.org/xapi/cmi5/catapult/lts/block/001-essentials",
                block.path("object").path("id").asText());
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/block/001-essentials",
                block.path("context").path("contextActivities").path("grouping").get(0).path("id").asText());
        assertEquals(au.sessionId, block.path("context").path("extensions")
                .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText());
        JsonNode courseSatisfied = statements.get(5);
        assertEquals("https://w3id.org/xapi/cmi5/activitytype/course", courseSatisfied.path("object")
                .path("definition").path("type").asText());
        assertEquals("https://w3id.org/xapi/cmi5/catapult/lts/course/001-essentials", courseSatisfied.path("context")
                .path("contextActivities").path("grouping").get(0).path("id").asText());

        // The item page shows the AU as done, with its launch as a plain link.
        course.session().given().when().get("/courses/{c}/items/{i}", course.code(), course.itemId()).then()
                .statusCode(200).body(containsString("data-cmi5-state=\"satisfied\""))
                .body(containsString("/courses/" + course.code() + "/cmi5/" + course.itemId() + "/launch"));

        // A later session of the same registration: passed and completed are spent for good (9.3.0.0-6).
        Au again = launch(course, course.session(), null);
        assertEquals(au.query.get("registration"), again.query.get("registration"), "one registration, kept");
        assertEquals(au.query.get("activityId"), again.query.get("activityId"));
        again.fetchToken();
        JsonNode data2 = again.launchData();
        assertNotEquals(au.sessionId, again.sessionId);
        assertEquals(200, again.send(again.statement("initialized", data2)));
        assertEquals(403, again.send(again.outcome("completed", data2)));
        ObjectNode passedAgain = again.outcome("passed", data2);
        assertEquals(403, again.send(passedAgain));
        assertEquals(403, again.send(again.outcome("failed", data2)), "failed never follows passed");
        // The satisfied statements are not repeated.
        assertEquals(2, verbs(again.statements()).stream().filter("satisfied"::equals).count());
    }

    @Test
    void aSessionLeftOpenIsAbandonedWhenTheNextLaunchStartsAndTakesNoMore() throws Exception {
        Published course = publish("004-1-moveOn-Completed.zip");
        Au first = launch(course, course.session(), null);
        first.fetchToken();
        JsonNode data = first.launchData();
        assertEquals(200, first.send(first.statement("initialized", data)));
        Au second = launch(course, course.session(), null);
        assertEquals(403, first.send(first.outcome("completed", data)), "the abandoned session takes nothing more");
        first.prefs().then().statusCode(403);
        second.fetchToken();
        List<JsonNode> statements = second.statements();
        assertEquals(List.of("launched", "initialized", "abandoned", "launched"), verbs(statements));
        JsonNode abandoned = statements.get(2);
        assertEquals(first.sessionId, abandoned.path("context").path("extensions")
                .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText());
        assertTrue(abandoned.path("result").path("duration").asText().startsWith("PT"));
        assertEquals(first.query.get("activityId"), abandoned.path("object").path("id").asText());
        // An old fetch URL is spent with its session.
        first.fetch().then().statusCode(200).body("error-code", equalTo("1"));
        given().header("Host", contentHost()).contentType(ContentType.JSON).body("")
                .when().post("/cmi5/fetch/not-a-token").then().statusCode(200).body("error-code", equalTo("2"));
    }

    @Test
    void moveOnNotApplicableIsSatisfiedWhenTheRegistrationIsMade() throws Exception {
        Published course = publish("004-5-moveOn-NotApplicable.zip");
        Au au = launch(course, course.session(), null);
        au.fetchToken();
        assertEquals(List.of("satisfied", "satisfied", "launched"), verbs(au.statements()));
        assertTrue(facts(course.learner().id(), course.itemId()).contains("COMPLETED"));
    }

    @Test
    void browseAndReviewModesRecordNoOutcome() throws Exception {
        Published course = publish("006-launchMode.zip");
        for (String mode : List.of("browse", "review")) {
            Au au = launch(course, course.session(), mode);
            au.fetchToken();
            JsonNode data = au.launchData();
            assertEquals(mode.substring(0, 1).toUpperCase() + mode.substring(1), data.path("launchMode").asText());
            assertEquals(200, au.send(au.statement("initialized", data)));
            assertEquals(403, au.send(au.outcome("completed", data)));
            assertEquals(403, au.send(au.outcome("passed", data)));
        }
        assertFalse(facts(course.learner().id(), course.itemId()).contains("COMPLETED"));
    }

    @Test
    void aGraderWaivesAnAuAndTheLearnerIsDone() throws Exception {
        Published course = publish("009-1-waived.zip");
        Au au = launch(course, course.session(), null);
        au.fetchToken();
        Sessions.Session grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.courseId())).create());
        grader.given().contentType(ContentType.JSON)
                .body(Map.of("learner", course.learner().id(), "reason", "Administrative")).when()
                .post("/api/courses/{c}/cmi5/{i}/waivers", course.courseId(), course.itemId()).then().statusCode(204);
        grader.given().contentType(ContentType.JSON)
                .body(Map.of("learner", course.learner().id(), "reason", "Administrative")).when()
                .post("/api/courses/{c}/cmi5/{i}/waivers", course.courseId(), course.itemId()).then().statusCode(409);
        course.session().given().contentType(ContentType.JSON)
                .body(Map.of("learner", course.learner().id(), "reason", "Administrative")).when()
                .post("/api/courses/{c}/cmi5/{i}/waivers", course.courseId(), course.itemId()).then().statusCode(403);
        // Audited once (issue 21): the grader's waiver, about the learner; the refused ones left nothing.
        List<org.surgalt.testsupport.AuditRows.Row> audited = org.surgalt.testsupport.AuditRows.of("au.waive", "item",
                course.itemId());
        assertEquals(1, audited.size(), audited.toString());
        assertEquals(course.learner().id(), audited.get(0).personId());
        assertTrue(audited.get(0).after().contains("Administrative"), audited.get(0).after());
        List<JsonNode> statements = au.statements();
        assertEquals(List.of("launched", "waived", "satisfied"), verbs(statements));
        JsonNode waived = statements.get(1);
        assertEquals("Administrative", waived.path("result").path("extensions")
                .path("https://w3id.org/xapi/cmi5/result/extensions/reason").asText());
        assertTrue(waived.path("result").path("success").asBoolean());
        assertTrue(waived.path("result").path("completion").asBoolean());
        assertEquals(waived.path("context").path("extensions").path("https://w3id.org/xapi/cmi5/context/extensions/sessionid"),
                statements.get(2).path("context").path("extensions")
                        .path("https://w3id.org/xapi/cmi5/context/extensions/sessionid"));
        assertTrue(facts(course.learner().id(), course.itemId()).contains("WAIVED"));
    }

    @Test
    void anOwnWindowAuOpensInAWindowOfItsOwnAndTheLaunchLinkNeedsNoScript() throws Exception {
        Published course = publish("003-launchMethod-OwnWindow.zip");
        String page = course.session().given().when().get("/courses/{c}/items/{i}", course.code(), course.itemId())
                .then().statusCode(200).extract().asString();
        assertFalse(page.contains("<iframe class=\"package-player\""), "OwnWindow: never framed");
        assertTrue(page.contains("href=\"/courses/" + course.code() + "/cmi5/" + course.itemId()
                + "/launch\" target=\"_blank\""));
        Published framed = publish("002-allowed.zip");
        framed.session().given().when().get("/courses/{c}/items/{i}", framed.code(), framed.itemId()).then()
                .statusCode(200).body(containsString("<iframe class=\"package-player\""))
                .header("Content-Security-Policy", containsString("frame-src 'self' http://" + contentHost()));
        // The AU's files are served at the content origin only.
        Au au = launch(framed, framed.session(), null);
        given().when().get(au.launch.getPath()).then().statusCode(404);
        au.at(au.launch).when().get(au.launch.getPath()).then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src"));
    }
}
