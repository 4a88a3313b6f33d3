package org.surgalt.h5p;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * The True/False's statements as its player page sends them to the LRS (content origin,
 * per-launch credentials, the learner's agent, the item's activity IRI), and the completion they
 * make under a pass mark of 100: an answer under it, a nested question's answer and an interaction
 * complete nothing; the right answer does, in the LRS's transaction; someone else's actor is
 * refused and nothing of that request is stored.
 */
@QuarkusTest
class H5pStatementsTest {

    private static final Pattern LAUNCH_JSON = Pattern.compile(
            "<script type=\"application/json\" id=\"launch\">(.*?)</script>", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL app;

    @Test
    void theRightAnswerAboutTheActivityItselfCompletesTheItem() throws Exception {
        PackageCourses.PackageCourse course = PackageCourses.publishedWith(H5pRuntimeTest.TRUE_FALSE, "passed", 100);
        PersonBuilder.TestPerson learner = aPerson().enrolledIn(course.code()).create();
        JsonNode launch = launch(Sessions.as(learner), course);
        String activity = launch.path("activityId").asText();

        send(launch, statement(launch, "interacted", activity, null)).then().statusCode(200);
        send(launch, statement(launch, "answered", activity + "?subContentId=1", 1)).then().statusCode(200);
        send(launch, statement(launch, "answered", activity, 0)).then().statusCode(200);
        assertEquals(false, H5pTestData.complete(course, learner.id()), "nothing so far reaches the pass mark");

        // Someone else as the actor: the whole request is refused, the good statement with it.
        ObjectNode right = statement(launch, "answered", activity, 1);
        ObjectNode other = statement(launch, "answered", activity, 1);
        other.set("actor", JSON.createObjectNode().put("objectType", "Agent").put("mbox", "mailto:x@example.org"));
        send(launch, JSON.createArrayNode().add(right).add(other)).then().statusCode(403);
        assertEquals(false, H5pTestData.complete(course, learner.id()));

        send(launch, right).then().statusCode(200);
        assertEquals(true, H5pTestData.complete(course, learner.id()), "the right answer completes the item");
        // A resend of the same statement (the page retries after a failure) is taken once, and changes nothing.
        send(launch, right).then().statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200))
                .or(org.hamcrest.Matchers.is(204)));
        H5pTestData.awaitStatements(learner.id(), course.itemId(), 2);
    }

    @Test
    void staffTryingTheActivityGetNoFact() throws Exception {
        PackageCourses.PackageCourse course = PackageCourses.publishedWith(H5pRuntimeTest.TRUE_FALSE, "completed", null);
        JsonNode launch = launch(course.author(), course);
        send(launch, statement(launch, "answered", launch.path("activityId").asText(), 1)).then().statusCode(200);
        long facts = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.arc.Arc
                .container().instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("SELECT COUNT(*) FROM completion_fact WHERE item_id = ?1")
                .setParameter(1, course.itemId()).getSingleResult()).longValue());
        assertEquals(0, facts);
    }

    private JsonNode launch(Sessions.Session who, PackageCourses.PackageCourse course) throws Exception {
        String location = who.given().redirects().follow(false)
                .when().get("/courses/{c}/h5p/{i}/launch", course.code(), course.itemId())
                .then().statusCode(303).extract().header("Location");
        String page = given().header("Host", contentHost()).when().get(URI.create(location).getPath()).then()
                .statusCode(200).extract().asString();
        Matcher json = LAUNCH_JSON.matcher(page);
        assertTrue(json.find());
        return JSON.readTree(json.group(1));
    }

    private String contentHost() {
        return "content.localhost:" + app.getPort();
    }

    /** As H5P builds it, with the player's changes: an id, and the learner as the actor. */
    private static ObjectNode statement(JsonNode launch, String verb, String object, Integer raw) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.set("actor", launch.path("actor").deepCopy());
        statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb).putObject("display")
                .put("en-US", verb);
        ObjectNode activity = statement.putObject("object").put("id", object).put("objectType", "Activity");
        activity.putObject("definition").put("interactionType", "true-false")
                .put("type", "http://adlnet.gov/expapi/activities/cmi.interaction")
                .putArray("correctResponsesPattern").add("false");
        statement.putObject("context").putObject("contextActivities").putArray("category").addObject()
                .put("id", "http://h5p.org/libraries/H5P.TrueFalse-1.6").put("objectType", "Activity");
        if (raw != null) {
            ObjectNode result = statement.putObject("result");
            result.putObject("score").put("min", 0).put("max", 1).put("raw", raw).put("scaled", raw);
            result.put("completion", true).put("success", raw == 1).put("duration", "PT1.87S")
                    .put("response", raw == 1 ? "false" : "true");
        }
        return statement;
    }

    private Response send(JsonNode launch, JsonNode statements) {
        return given().header("Host", contentHost()).header("Authorization", launch.path("authorization").asText())
                .header("X-Experience-API-Version", "1.0.3").contentType("application/json")
                .body(statements.toString()).when().post("/xapi/statements");
    }
}
