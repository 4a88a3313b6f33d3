package org.surgalt.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.CourseService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * Deep Linking 2.0 against the real ltijs tool: an author of a draft opens the item's tool, the
 * tool answers with a link it signed, and the draft item now launches that link.
 */
@QuarkusTest
class LtiDeepLinkingTest extends WithLtijsTool {

    private static final Pattern FORM = Pattern.compile("action=\"([^\"]+)\" method=\"POST\">\\s*"
            + "<input type=\"hidden\" name=\"JWT\" value=\"([^\"]+)\"");


    @Test
    void anAuthorChoosesContentInTheToolAndTheDraftItemLaunchesIt() throws Exception {
        Course course = CourseBuilder.aCourse().withLti("Simulation", tool.url() + "/").asDraft().create();
        Sessions.Session author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        long itemId = Long.parseLong(author.given().get("/api/courses/{id}/modules?version=draft", course.id())
                .then().statusCode(200).extract().jsonPath().getString("[0].items.find { it.kind == 'lti' }.id"));
        // Someone who does not edit the course cannot ask the tool for content for its draft.
        Sessions.as(aPerson().create()).given().redirects().follow(false).accept("text/html")
                .get("/lti/deep-linking/{code}/{id}", course.code(), itemId).then().statusCode(403);

        String login = author.given().redirects().follow(false).accept("text/html")
                .get("/lti/deep-linking/{code}/{id}", course.code(), itemId).then().statusCode(303)
                .extract().header("Location");
        ToolBrowser browser = new ToolBrowser();
        HttpResponse<String> toAuthorize = browser.get(login);
        assertEquals(302, toAuthorize.statusCode(), toAuthorize.body() + tool.output());
        String authorize = toAuthorize.headers().firstValue("Location").orElseThrow();
        ToolBrowser.AutoPost post = ToolBrowser.AutoPost.of(author.given().redirects().follow(false)
                .accept("text/html").urlEncodingEnabled(false).get(authorize).then().statusCode(200).extract()
                .asString());
        HttpResponse<String> picker = browser.follow(browser.post(post.action(), post.fields()));
        Matcher answer = FORM.matcher(picker.body());
        assertTrue(answer.find(), picker.body() + tool.output());
        assertTrue(answer.group(1).endsWith("/lti/deep-links/return"), answer.group(1));
        String jwt = answer.group(2);

        // The tool's answer comes back as a cross-site post, without our cookies.
        String editor = RestAssured.given().redirects().follow(false).header("Origin", tool.url())
                .contentType(ContentType.URLENC).formParam("JWT", jwt).post("/lti/deep-links/return").then()
                .statusCode(303).extract().header("Location");
        assertTrue(editor.contains("/author/courses/" + course.code() + "/items/" + itemId), editor);
        long moduleId = author.given().get("/api/courses/{id}/modules?version=draft", course.id()).then()
                .statusCode(200).extract().jsonPath().getLong("[0].id");
        String url = author.given().get("/api/courses/{id}/modules/{m}/items/{i}?version=draft", course.id(), moduleId,
                itemId).then().statusCode(200).extract().jsonPath().getString("url");
        assertEquals(tool.url() + "/?picked=1", url);
        // The link's title and text, in the author's language (Mongolian here), the other language kept.
        io.restassured.path.json.JsonPath chosen = author.given().get("/api/courses/{id}/modules/{m}/items/{i}?version=draft",
                course.id(), moduleId, itemId).then().statusCode(200).extract().jsonPath();
        assertEquals("Picked in the tool", chosen.getString("title.mn"));
        assertEquals("Simulation", chosen.getString("title.en"));
        assertEquals("A simulation picked in the tool", chosen.getString("body.mn"));

        // Taken once; a forged signature is refused.
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC).formParam("JWT", jwt)
                .post("/lti/deep-links/return").then().statusCode(403);
        String forged = jwt.substring(0, jwt.lastIndexOf('.') + 1) + "AAAA" + jwt.substring(jwt.lastIndexOf('.') + 5);
        RestAssured.given().redirects().follow(false).contentType(ContentType.URLENC).formParam("JWT", forged)
                .post("/lti/deep-links/return").then().statusCode(400);

        // Once published, launches send the link's custom parameters, the known variables substituted.
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(PublishingService.class).get()
                .publishImported(Arc.container().instance(CourseService.class).get().course(course.id())));
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        LaunchSteps.Launched launched = LaunchSteps.session(tool, Sessions.as(learner), course.code(), itemId);
        assertEquals(Map.of("level", "two", "learner", Long.toString(learner.id()), "link", Long.toString(itemId),
                "course", Long.toString(course.id()), "full", "$Person.name.full"), launched.launch().getMap("custom"),
                launched.answer().body());
    }
}
