package org.surgalt.learning;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** A video counts as viewed when watched to the configured share (0.8 here), or marked watched without script. */
@QuarkusTest
class VideoWatchingTest {

    private static String outlineEntry(Sessions.Session learner, String code, String title) {
        String html = learner.given().accept("text/html").when().get("/courses/{code}", code).then().statusCode(200)
                .extract().asString();
        int start = html.indexOf(title, html.indexOf("<ol class=\"modules\">"));
        return html.substring(start, html.indexOf("</li>", start));
    }

    private static void report(Sessions.Session who, LearnerCourses.Built course, long itemId, Object share,
            int status) {
        who.given().contentType(ContentType.JSON).body(Map.of("share", share))
                .when().post("/api/courses/{c}/items/{i}/watched", course.course().id(), itemId)
                .then().statusCode(status);
    }

    @Test
    void openingAVideoDoesNotCountWatchingBelowTheShareDoesNotAndAboveItDoes() {
        LearnerCourses.Built course = LearnerCourses.withRules(true);
        Sessions.Session learner = Sessions.as(aPerson().withLocale("en").enrolledIn(course.code()).create());
        long video = course.video();

        learner.given().accept("text/html").when().get("/courses/{code}/items/{id}", course.code(), video).then()
                .statusCode(200)
                .body(allOf(containsString("<video controls"),
                        containsString("src=\"/courses/" + course.code() + "/items/" + video + "/file\""),
                        containsString("data-report=\"/api/courses/" + course.course().id() + "/items/" + video
                                + "/watched\""),
                        containsString("data-required=\"0.8\""),
                        containsString("<script src=\"" + org.surgalt.web.Assets.url("video-progress.js") + "\" defer></script>"),
                        containsString("once you have seen 80% of it"),
                        // Without script: the button that marks it watched.
                        containsString("action=\"/courses/" + course.code() + "/items/" + video + "/watched?_csrf="),
                        containsString("Mark as watched"), not(containsString("<script>"))));
        assertTrue(outlineEntry(learner, course.code(), "Intro video").contains("not started"),
                "opening a video does not count as watching it");

        learner.given().contentType(ContentType.JSON).body(Map.of("share", 0.79))
                .when().post("/api/courses/{c}/items/{i}/watched", course.course().id(), video)
                .then().statusCode(200).body("recorded", equalTo(false)).body("complete", equalTo(false))
                .body("required", equalTo(0.8f));
        assertTrue(outlineEntry(learner, course.code(), "Intro video").contains("not started"));

        learner.given().contentType(ContentType.JSON).body(Map.of("share", 0.85))
                .when().post("/api/courses/{c}/items/{i}/watched", course.course().id(), video)
                .then().statusCode(200).body("recorded", equalTo(true)).body("complete", equalTo(true));
        assertTrue(outlineEntry(learner, course.code(), "Intro video").contains("✓ done"));
        learner.given().accept("text/html").when().get("/courses/{code}/items/{id}", course.code(), video).then()
                .statusCode(200).body(allOf(containsString("✓ watched"), not(containsString("Mark as watched"))));
    }

    @Test
    void withoutScriptTheLearnerMarksTheVideoWatched() {
        LearnerCourses.Built course = LearnerCourses.withRules(true);
        Sessions.Session learner = Sessions.as(aPerson().withLocale("en").enrolledIn(course.code()).create());
        learner.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("_csrf", learner.csrf())
                .when().post("/courses/{code}/items/{id}/watched", course.code(), course.video())
                .then().statusCode(303).header("Location", containsString("/courses/" + course.code() + "/items/"
                        + course.video()));
        assertTrue(outlineEntry(learner, course.code(), "Intro video").contains("✓ done"));
    }

    @Test
    void reportsAreCheckedAndOnlyCountForTheCoursesLearners() {
        LearnerCourses.Built course = LearnerCourses.withRules(true);
        Sessions.Session learner = Sessions.as(aPerson().withLocale("en").enrolledIn(course.code()).create());
        report(learner, course, course.video(), 1.5, 400);
        report(learner, course, course.video(), "much", 400);
        // Only videos are watched; other items count when opened.
        report(learner, course, course.page(), 1.0, 400);
        // Someone outside the course may not report anything.
        report(Sessions.as(aPerson().create()), course, course.video(), 1.0, 403);
        // Staff watch without it counting for anyone.
        Sessions.Session grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.course().id()))
                .create());
        grader.given().contentType(ContentType.JSON).body(Map.of("share", 1.0))
                .when().post("/api/courses/{c}/items/{i}/watched", course.course().id(), course.video())
                .then().statusCode(200).body("recorded", equalTo(false));
        // The script is served as a file (the CSP allows no inline script).
        RestAssured.given().when().get(org.surgalt.web.Assets.url("video-progress.js")).then().statusCode(200)
                .body(containsString("data-report"));
    }
}
