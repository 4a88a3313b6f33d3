package org.surgalt.assignment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.surgalt.assignment.AssignmentFixture.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;

/** The same work through the pages, as a browser without script: forms, redirects, field errors that keep the text. */
@QuarkusTest
class AssignmentPagesTest {

    private static RequestSpecification form(Sessions.Session who) {
        return who.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"));
    }

    @Test
    void anAuthorSetsARubricALearnerSubmitsAGraderGradesAndReleases() {
        AssignmentFixture f = new AssignmentFixture();
        String settings = "/author/courses/" + f.course.code() + "/assignments/" + f.itemId;
        f.author.given().accept("text/html").when().get("/author/courses/{c}/items/{i}", f.course.code(), f.itemId)
                .then().statusCode(200).body(containsString(settings));

        // A level without points is refused; what was typed stays in the form.
        form(f.author).formParam("version", "0").formParam("dueAt", "2030-03-01T17:00").formParam("maxPoints", "100")
                .formParam("allowResubmission", "true")
                .formParam("c0_title", "Зорилго").formParam("c0_description", "Хэмжигдэхүйц эсэх")
                .formParam("c0_l0_title", "Үгүй").formParam("c0_l0_points", "0")
                .formParam("c0_l1_title", "Тодорхой").formParam("c0_l1_points", "")
                .when().post(settings).then().statusCode(400)
                .body(containsString("rubric[0].levels[1].points")).body(containsString("value=\"Зорилго\""))
                .body(containsString("value=\"2030-03-01T17:00\""));
        form(f.author).formParam("version", "0").formParam("dueAt", "2030-03-01T17:00").formParam("maxPoints", "100")
                .formParam("c0_title", "Зорилго").formParam("c0_description", "Хэмжигдэхүйц эсэх")
                .formParam("c0_l0_title", "Үгүй").formParam("c0_l0_points", "0")
                .formParam("c0_l1_title", "Тодорхой").formParam("c0_l1_points", "4")
                .when().post(settings).then().statusCode(303);
        // 17:00 in Ulaanbaatar (UTC+8) is 09:00 UTC; without resubmission, as the box was not ticked.
        json(f.learner).when().get(f.api()).then().body("dueAt", equalTo("2030-03-01T09:00:00Z"))
                .body("maxPoints", equalTo(4)).body("allowResubmission", equalTo(false));

        // The learner finds the assignment from the item page, keeps a draft, then submits.
        String page = "/courses/" + f.course.code() + "/assignments/" + f.itemId;
        f.learner.given().accept("text/html").when().get("/courses/{c}/items/{i}", f.course.code(), f.itemId).then()
                .statusCode(200).body(containsString("href=\"" + page + "\""));
        f.learner.given().accept("text/html").when().get(page).then().statusCode(200)
                .body(containsString("2030 оны 3-р сарын 1, 17:00")).body(containsString("Зорилго"));
        form(f.learner).formParam("action", "submit").formParam("body", " ").when().post(page).then().statusCode(400)
                .body(containsString("илгээх зүйл алга"));
        form(f.learner).formParam("action", "save").formParam("body", "Төлөвлөгөөний ноорог").when().post(page)
                .then().statusCode(303).header("Location", containsString("done=saved"));
        f.learner.given().accept("text/html").when().get(page).then()
                .body(containsString(">Төлөвлөгөөний ноорог</textarea>"));
        form(f.learner).formParam("action", "submit").formParam("body", "Төлөвлөгөө").when().post(page).then()
                .statusCode(303);

        // The grader grades from the queue's link, then releases.
        String queue = f.grader.given().accept("text/html").when().get("/grading/{c}", f.course.code()).then()
                .statusCode(200).extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/grading/" + f.course.code()
                + "/submissions/(\\d+)").matcher(queue);
        org.junit.jupiter.api.Assertions.assertTrue(link.find(), queue);
        String submission = link.group();
        String grading = f.grader.given().accept("text/html").when().get(submission).then().statusCode(200)
                .body(containsString("Төлөвлөгөө")).extract().asString();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(grading);
        org.junit.jupiter.api.Assertions.assertTrue(version.find(), grading);
        form(f.grader).formParam("version", version.group(1)).formParam("level0", "1")
                .formParam("feedback", "Сайн байна").when().post(submission).then().statusCode(303);
        form(f.grader).when().post(submission + "/release").then().statusCode(303);
        f.learner.given().accept("text/html").when().get(page).then().statusCode(200)
                .body(containsString("4 / 4")).body(containsString("Сайн байна")).body(containsString("Тодорхой"));
    }
}
