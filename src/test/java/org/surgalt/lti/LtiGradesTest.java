package org.surgalt.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Assignment and Grade Services against the real ltijs tool: the tool gets a token with its own
 * signed assertion and posts a learner's score, which becomes a completion fact; another tool
 * cannot post to this tool's line item.
 */
@QuarkusTest
class LtiGradesTest extends WithLtijsTool {


    @Test
    void theToolsScoreBecomesACompletionFactAndAnotherToolCannotPostToItsLineItem() throws Exception {
        Course course = CourseBuilder.aCourse().withLti("Quiz", tool.url() + "/?activity=quiz&score=8").create();
        long itemId = LtiItems.ltiItemId(course);
        TestPerson person = aPerson().enrolledIn(course.code()).create();
        HttpResponse<String> answer = LaunchSteps.launch(tool, Sessions.as(person), course.code(), itemId);
        assertTrue(answer.body().startsWith("SCORE SENT TOOL ACCEPTED LAUNCH"), answer.body() + tool.output());
        assertEquals(List.of(80), facts(person.id(), itemId, "GRADED"));

        // Another registered tool, with a key of its own, gets a token, but not this tool's line item.
        SignedTool other = SignedTool.registered(Map.of());
        String assertion = other.assertion();
        String token = tokenFor(assertion).statusCode(200).extract().path("access_token");
        RestAssured.given().header("Authorization", "Bearer " + token)
                .contentType("application/vnd.ims.lis.v1.score+json")
                .body(Map.of("userId", Long.toString(person.id()), "scoreGiven", 0, "scoreMaximum", 10,
                        "activityProgress", "Completed", "gradingProgress", "FullyGraded"))
                .post("/lti/ags/{code}/{item}/lineitem/scores", course.code(), itemId).then().statusCode(403);
        assertEquals(List.of(80), facts(person.id(), itemId, "GRADED"));
        // An assertion is used once; no token, no score.
        tokenFor(assertion).statusCode(400);
        RestAssured.given().contentType("application/vnd.ims.lis.v1.score+json")
                .body(Map.of("userId", Long.toString(person.id()), "scoreGiven", 0, "scoreMaximum", 10,
                        "gradingProgress", "FullyGraded"))
                .post("/lti/ags/{code}/{item}/lineitem/scores", course.code(), itemId).then().statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse tokenFor(String assertion) {
        return RestAssured.given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion)
                .formParam("scope", "https://purl.imsglobal.org/spec/lti-ags/scope/score").post("/lti/token").then();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> facts(long userId, long itemId, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("SELECT score FROM completion_fact WHERE user_id = ?1 AND item_id = ?2 "
                        + "AND kind = ?3 ORDER BY id").setParameter(1, userId).setParameter(2, itemId)
                .setParameter(3, kind).getResultList()).stream().map(Number::intValue).toList());
    }
}
