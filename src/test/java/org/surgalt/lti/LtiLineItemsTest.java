package org.surgalt.lti;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Assignment and Grade Services 2.0 line items and results against the real ltijs tool: the tool
 * lists its line items (the item's own and its own creations, filtered), creates, replaces and
 * deletes one, posts scores and reads the results back; a created line item's scores complete
 * nothing. Other tools' tokens reach none of it, and each route asks for its scope.
 */
@QuarkusTest
class LtiLineItemsTest extends WithLtijsTool {

    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";

    @Test
    void theToolManagesItsLineItemsAndReadsTheResultsOfItsScores() throws Exception {
        Course course = CourseBuilder.aCourse().withLti("Quiz", tool.url() + "/?activity=lineitems").create();
        long itemId = LtiItems.ltiItemId(course);
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        TestPerson classmate = aPerson().enrolledIn(course.code()).create();
        LaunchSteps.Launched launched = LaunchSteps.session(tool, Sessions.as(learner), course.code(), itemId);
        String own = launched.launch().getString("endpoint.lineitem");
        assertTrue(launched.launch().getString("endpoint.lineitems").endsWith("/lti/ags/" + course.code() + "/lineitems"));

        // The item's own line item is there before any score.
        List<Map<String, Object>> lines = launched.call(tool, "GET", "/services/lineitems", null).getList("result.lineItems");
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(own, lines.get(0).get("id"));
        assertEquals("Quiz", lines.get(0).get("label"));
        assertEquals(Long.toString(itemId), lines.get(0).get("resourceLinkId"));

        // The tool creates one of its own, tied to the launch's resource link.
        JsonPath created = launched.call(tool, "POST", "/services/lineitems?resourceLinkId=true",
                "{\"label\":\"Bonus\",\"scoreMaximum\":20,\"tag\":\"bonus\",\"resourceId\":\"r-1\"}");
        String bonus = created.getString("result.id");
        assertTrue(bonus != null && bonus.contains("/lti/ags/" + course.code() + "/lineitems/"), created.prettify());
        assertEquals(Long.toString(itemId), created.getString("result.resourceLinkId"));
        assertEquals(List.of(bonus), ids(launched.call(tool, "GET", "/services/lineitems?tag=bonus", null)));
        assertEquals(List.of(bonus), ids(launched.call(tool, "GET", "/services/lineitems?resourceId=r-1", null)));
        assertEquals(List.of(own, bonus), ids(launched.call(tool, "GET", "/services/lineitems?resourceLinkId=true", null)));

        // Scores on it are kept as results (on the line item's scale) and complete nothing.
        launched.call(tool, "POST", "/services/scores?id=" + enc(bonus), score(learner, 15, 20));
        launched.call(tool, "POST", "/services/scores?id=" + enc(bonus), score(classmate, 5, 10));
        JsonPath results = launched.call(tool, "GET", "/services/scores?id=" + enc(bonus), null);
        assertEquals(List.of(Long.toString(learner.id()), Long.toString(classmate.id())),
                results.getList("result.scores.userId"), results.prettify());
        assertEquals(List.of(15.0, 10.0), numbers(results, "result.scores.resultScore"));
        assertEquals(List.of(Long.toString(classmate.id())), launched.call(tool, "GET", "/services/scores?id="
                + enc(bonus) + "&userId=" + classmate.id(), null).getList("result.scores.userId"));
        assertEquals(List.of(), facts(learner.id(), itemId));

        // The item's own line item: a score is a grade and a completion fact, and a result.
        launched.call(tool, "POST", "/services/scores?id=" + enc(own), score(learner, 7, 10));
        assertEquals(List.of(70), facts(learner.id(), itemId));
        assertEquals(List.of(70.0), numbers(launched.call(tool, "GET", "/services/scores?id=" + enc(own), null),
                "result.scores.resultScore"));

        // Replaced, then deleted; the item's own line item is the platform's.
        launched.call(tool, "PUT", "/services/lineitem?id=" + enc(bonus), "{\"label\":\"Bonus 2\",\"scoreMaximum\":40}");
        JsonPath replaced = launched.call(tool, "GET", "/services/lineitem?id=" + enc(bonus), null);
        assertEquals("Bonus 2", replaced.getString("result.label"));
        assertEquals(40.0f, replaced.getFloat("result.scoreMaximum"));
        assertEquals(403, launched.call(tool, "PUT", "/services/lineitem?id=" + enc(own),
                "{\"label\":\"Mine\",\"scoreMaximum\":5}").getInt("status"));
        launched.call(tool, "DELETE", "/services/lineitem?id=" + enc(bonus), null);
        assertEquals(List.of(own), ids(launched.call(tool, "GET", "/services/lineitems", null)));
        assertEquals(404, launched.call(tool, "GET", "/services/lineitem?id=" + enc(bonus), null).getInt("status"));
    }

    @Test
    void aToolReachesOnlyItsOwnLineItemsAndEachRouteAsksForItsScope() throws Exception {
        SignedTool first = SignedTool.registered(Map.of());
        SignedTool second = SignedTool.registered(Map.of());
        Course shared = CourseBuilder.aCourse().withLti("First", first.host + "/a").withLti("Second", second.host + "/b")
                .create();
        Course ltijsOnly = CourseBuilder.aCourse().withLti("Ltijs", tool.url() + "/?activity=x").create();
        TestPerson learner = aPerson().enrolledIn(shared.code()).create();
        String all = String.join(" ", AGS + "lineitem", AGS + "lineitem.readonly", AGS + "result.readonly", AGS + "score");
        String firsts = first.token(all);
        String seconds = second.token(all);

        String line = as(firsts).contentType(LtiLineItemResource.LINE_ITEM)
                .body(Map.of("label", "First's", "scoreMaximum", 10)).post("/lti/ags/{code}/lineitems", shared.code())
                .then().statusCode(201).extract().path("id");
        String path = line.substring(line.indexOf("/lti/ags/"));
        as(firsts).contentType(LtiAgsResource.SCORE).body(Map.of("userId", Long.toString(learner.id()),
                "scoreGiven", 3, "scoreMaximum", 10, "gradingProgress", "FullyGraded", "activityProgress", "Completed"))
                .post(path + "/scores").then().statusCode(204);

        // The second tool, in the same course, sees none of the first's line items.
        List<String> secondsLines = as(seconds).get("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(200)
                .contentType(LtiLineItemResource.CONTAINER).extract().jsonPath().getList("id");
        assertEquals(1, secondsLines.size());
        assertTrue(secondsLines.get(0).endsWith("/lineitem") && !secondsLines.contains(line), secondsLines.toString());
        as(seconds).get(path).then().statusCode(404);
        as(seconds).contentType(LtiLineItemResource.LINE_ITEM).body(Map.of("label", "Mine", "scoreMaximum", 1))
                .put(path).then().statusCode(404);
        as(seconds).delete(path).then().statusCode(404);
        as(seconds).get(path + "/results").then().statusCode(404);
        as(seconds).contentType(LtiAgsResource.SCORE).body(Map.of("userId", Long.toString(learner.id()),
                "scoreGiven", 0, "scoreMaximum", 10, "gradingProgress", "FullyGraded")).post(path + "/scores")
                .then().statusCode(404);
        String firstsItem = as(firsts).get("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class).stream().filter(id -> id.endsWith("/lineitem"))
                .findFirst().orElseThrow();
        String itemPath = firstsItem.substring(firstsItem.indexOf("/lti/ags/"));
        as(seconds).get(itemPath).then().statusCode(403);
        as(seconds).get(itemPath + "/results").then().statusCode(403);
        // A course that does not use the tool: refused.
        as(firsts).get("/lti/ags/{code}/lineitems", ltijsOnly.code()).then().statusCode(403)
                .contentType(containsString("problem+json"));
        as(firsts).contentType(LtiLineItemResource.LINE_ITEM).body(Map.of("label", "x", "scoreMaximum", 1))
                .post("/lti/ags/{code}/lineitems", ltijsOnly.code()).then().statusCode(403);
        // The first tool's results are there.
        assertEquals(List.of(Long.toString(learner.id())), as(firsts).get(path + "/results").then().statusCode(200)
                .contentType(LtiLineItemResource.RESULTS).extract().jsonPath().getList("userId"));

        // Scopes: reading line items does not create, change or read results; results do not post scores.
        String reader = first.token(AGS + "lineitem.readonly");
        as(reader).get(path).then().statusCode(200);
        as(reader).contentType(LtiLineItemResource.LINE_ITEM).body(Map.of("label", "x", "scoreMaximum", 1))
                .post("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(403);
        as(reader).delete(path).then().statusCode(403);
        as(reader).get(path + "/results").then().statusCode(403);
        String results = first.token(AGS + "result.readonly");
        as(results).get(path + "/results").then().statusCode(200);
        as(results).get(path).then().statusCode(403);
        as(results).contentType(LtiAgsResource.SCORE).body(Map.of("userId", Long.toString(learner.id()),
                "scoreGiven", 1, "scoreMaximum", 10)).post(path + "/scores").then().statusCode(403);

        // Bad line items and paging: problem+json, nothing made.
        as(firsts).contentType(LtiLineItemResource.LINE_ITEM).body(Map.of("scoreMaximum", 10))
                .post("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(400)
                .contentType(containsString("problem+json"));
        as(firsts).contentType(LtiLineItemResource.LINE_ITEM).body(Map.of("label", "Zero", "scoreMaximum", 0))
                .post("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(400);
        as(firsts).contentType(LtiLineItemResource.LINE_ITEM).body("{not json")
                .post("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(400);
        as(firsts).queryParam("limit", "-1").get("/lti/ags/{code}/lineitems", shared.code()).then().statusCode(400);
        // One a page: the next link leads to the second.
        String next = as(firsts).queryParam("limit", 1).get("/lti/ags/{code}/lineitems", shared.code()).then()
                .statusCode(200).extract().header("Link");
        assertTrue(next.contains("offset=1") && next.endsWith("rel=\"next\""), next);
        RestAssured.given().get(path).then().statusCode(401);
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    private static String score(TestPerson person, double given, double maximum) {
        return "{\"userId\":\"" + person.id() + "\",\"scoreGiven\":" + given + ",\"scoreMaximum\":" + maximum
                + ",\"activityProgress\":\"Completed\",\"gradingProgress\":\"FullyGraded\"}";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Numbers as JSON gives them (the tool writes 15.0 as 15). */
    private static List<Double> numbers(JsonPath json, String path) {
        return json.getList(path, Number.class).stream().map(Number::doubleValue).toList();
    }

    private static List<String> ids(JsonPath lines) {
        return lines.getList("result.lineItems.id");
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> facts(long userId, long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("SELECT score FROM completion_fact WHERE user_id = ?1 AND item_id = ?2 "
                        + "AND kind = 'GRADED' ORDER BY id").setParameter(1, userId).setParameter(2, itemId)
                .getResultList()).stream().map(Number::intValue).toList());
    }
}
