package org.surgalt.lti;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * Launches against a real LTI 1.3 tool (ltijs from npm, src/test/lti-tool) on the loopback
 * address: the tool checks our id_token (signature against our JWKS, nonce, state cookie,
 * claims) and answers only when it accepted it.
 */
@QuarkusTest
class LtiLaunchTest extends WithLtijsTool {

    private static final String ACCEPTED = "TOOL ACCEPTED LAUNCH";

    private Course course;
    private long itemId;

    // Once, after the tool has started (WithLtijsTool's @BeforeEach runs first).
    @BeforeEach
    void makeCourse() {
        if (course != null) {
            return;
        }
        course = CourseBuilder.aCourse().withLti("Simulation", tool.url() + "/?activity=pendulum").create();
        itemId = Long.parseLong(Sessions.as(aPerson().withRole(Role.ADMIN).create()).given()
                .get("/api/courses/{id}/modules", course.id()).then().statusCode(200).extract().jsonPath()
                .getString("[0].items.find { it.kind == 'lti' }.id"));
    }

    private LaunchSteps.Started start(Sessions.Session learner) throws Exception {
        return LaunchSteps.start(tool, learner, course.code(), itemId);
    }

    private static String authorize(Sessions.Session learner, String url, int status) {
        return LaunchSteps.authorize(learner, url, status);
    }

    @Test
    void aLearnersLaunchReachesTheToolWhichAcceptsTheIdToken() throws Exception {
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        learner.given().accept("text/html").get("/courses/{code}/items/{id}", course.code(), itemId).then()
                .statusCode(200).body(containsString("/lti/launch")).body(containsString("/items/" + itemId + "/lti\""));
        LaunchSteps.Started started = start(learner);
        Map<String, String> request = ToolBrowser.query(started.authorize());
        assertEquals(clientId, request.get("client_id"));
        ToolBrowser.AutoPost post = ToolBrowser.AutoPost.of(authorize(learner, started.authorize(), 200));
        assertEquals(tool.url() + "/", post.action());
        assertEquals(request.get("state"), post.fields().get("state"));
        HttpResponse<String> answer = started.browser().follow(started.browser().post(post.action(), post.fields()));
        assertEquals(200, answer.statusCode(), answer.body() + tool.output());
        assertTrue(answer.body().startsWith(ACCEPTED), answer.body());
        assertTrue(answer.body().contains("\"deployment\":\"deployment-1\""), answer.body());
        assertTrue(answer.body().contains("\"id\":\"" + itemId + "\""), answer.body());
        assertTrue(answer.body().contains("membership#Learner"), answer.body());
        assertTrue(answer.body().contains("\"messageType\":\"LtiResourceLinkRequest\""), answer.body());
        assertTrue(answer.body().contains("activity=pendulum"), answer.body());

        // The same login hint again: single use.
        authorize(learner, started.authorize(), 403);
        // The same id_token posted again: the tool refuses it (its state cookie was used).
        HttpResponse<String> again = started.browser().follow(started.browser().post(post.action(), post.fields()));
        assertFalse(again.body().startsWith(ACCEPTED), again.body());
    }

    @Test
    void aNonceTheToolSentBeforeIsRefused() throws Exception {
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        LaunchSteps.Started first = start(learner);
        authorize(learner, first.authorize(), 200);
        LaunchSteps.Started second = start(learner);
        Map<String, String> replayed = new LinkedHashMap<>(ToolBrowser.query(second.authorize()));
        replayed.put("nonce", ToolBrowser.query(first.authorize()).get("nonce"));
        authorize(learner, ToolBrowser.withQuery(second.authorize(), replayed), 403);
        // The refusal used nothing up: the tool's own request still succeeds.
        authorize(learner, second.authorize(), 200);
    }

    @Test
    void aWrongStateIsRefusedByTheTool() throws Exception {
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        LaunchSteps.Started started = start(learner);
        ToolBrowser.AutoPost post = ToolBrowser.AutoPost.of(authorize(learner, started.authorize(), 200));
        Map<String, String> forged = new LinkedHashMap<>(post.fields());
        forged.put("state", "forged-" + UUID.randomUUID());
        HttpResponse<String> answer = started.browser().follow(started.browser().post(post.action(), forged));
        assertFalse(answer.body().startsWith(ACCEPTED), answer.body());
    }

    @Test
    void aLaunchIsItsOwnersAndGoesOnlyToARegisteredRedirect() throws Exception {
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        Sessions.Session other = Sessions.as(aPerson().enrolledIn(course.code()).create());
        LaunchSteps.Started started = start(learner);
        // Another signed-in person cannot complete it.
        authorize(other, started.authorize(), 403);
        // Nor can it be sent to an address the tool did not register.
        Map<String, String> elsewhere = new LinkedHashMap<>(ToolBrowser.query(started.authorize()));
        elsewhere.put("redirect_uri", "http://127.0.0.1:1/steal");
        authorize(learner, ToolBrowser.withQuery(started.authorize(), elsewhere), 400);
        // Someone not enrolled cannot start one.
        Sessions.as(aPerson().create()).given().redirects().follow(false).accept("text/html")
                .get("/courses/{code}/items/{id}/lti/launch", course.code(), itemId).then().statusCode(403);
    }

    @Test
    void theFramedPageLetsTheToolInAndOffersANewWindow() {
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        String policy = learner.given().accept("text/html").get("/courses/{code}/items/{id}/lti", course.code(), itemId)
                .then().statusCode(200).body(containsString("<iframe")).body(containsString("target=\"_blank\""))
                .extract().header("Content-Security-Policy");
        assertTrue(policy.contains("frame-src 'self' " + LtiToolService.origin(tool.url())), policy);
    }
}
