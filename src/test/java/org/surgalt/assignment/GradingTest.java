package org.surgalt.assignment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/** Grading: two graders at once, what learners see before release, who may grade, forged answers. */
@QuarkusTest
class GradingTest {

    private static final List<Map<String, Object>> RUBRIC = List.of(Map.of("title", "Objectives",
            "levels", List.of(Map.of("title", "Missing", "points", 0), Map.of("title", "Clear", "points", 5))));

    private static long submitted(AssignmentFixture f) {
        json(f.learner).body(Map.of("body", "My work")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200);
        return json(f.grader).when().get(f.grading()).then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    private static long version(AssignmentFixture f, Sessions.Session grader, long id) {
        return json(grader).when().get(f.grading() + "/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    @Test
    void theSecondOfTwoGradersIsToldAndNothingIsOverwritten() {
        AssignmentFixture f = new AssignmentFixture();
        f.settings(Map.of("rubric", RUBRIC));
        long id = submitted(f);
        Sessions.Session second = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, f.course.id())).create());
        long seenByFirst = version(f, f.grader, id);
        long seenBySecond = version(f, second, id);
        json(f.grader).body(Map.of("version", seenByFirst, "levels", List.of(1), "feedback", "Good objectives."))
                .when().post(f.grading() + "/" + id + "/grade").then().statusCode(200);
        json(second).body(Map.of("version", seenBySecond, "levels", List.of(0), "feedback", "No objectives."))
                .when().post(f.grading() + "/" + id + "/grade").then().statusCode(409)
                .body("detail", containsString("changed while you were grading it"));
        json(second).when().get(f.grading() + "/" + id).then().body("grade.points", equalTo(5))
                .body("grade.feedback", equalTo("Good objectives."));

        // On the page: the same refusal, the second grader's typing kept, the saved grade shown.
        second.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", seenBySecond).formParam("level0", "0").formParam("feedback", "Мэдэгдэхүүн алга.")
                .when().post("/grading/{c}/submissions/{id}", f.course.code(), id).then().statusCode(409)
                .body(containsString("Мэдэгдэхүүн алга.")).body(containsString("Good objectives."));
    }

    @Test
    void aForgedLevelOrTooManyPointsIsRefusedAndNothingChanges() {
        AssignmentFixture f = new AssignmentFixture();
        f.settings(Map.of("rubric", RUBRIC));
        long id = submitted(f);
        long version = version(f, f.grader, id);
        json(f.grader).body(Map.of("version", version, "levels", List.of(7))).when()
                .post(f.grading() + "/" + id + "/grade").then().statusCode(400)
                .body("detail", containsString("levels[0]"));
        json(f.grader).body(Map.of("version", version, "levels", List.of(1, 1))).when()
                .post(f.grading() + "/" + id + "/grade").then().statusCode(400);
        json(f.grader).when().get(f.grading() + "/" + id).then().body("state", equalTo("submitted"))
                .body("grade", nullValue()).body("version", equalTo((int) version));

        AssignmentFixture points = new AssignmentFixture();
        points.settings(Map.of("maxPoints", 20));
        long other = submitted(points);
        json(points.grader).body(Map.of("version", version(points, points.grader, other), "points", 21)).when()
                .post(points.grading() + "/" + other + "/grade").then().statusCode(400)
                .body("detail", containsString("from 0 to 20"));
        // A submission of another course is not there, for this course's grader.
        json(points.grader).when().get(points.grading() + "/" + id).then().statusCode(404);
        json(points.grader).body(Map.of("version", version, "points", 1)).when()
                .post(points.grading() + "/" + id + "/grade").then().statusCode(404);
        json(f.grader).when().get(f.grading() + "/" + id).then().body("grade", nullValue());
    }

    @Test
    void learnersSeeNothingOfAGradeBeforeItIsReleased() {
        AssignmentFixture f = new AssignmentFixture();
        long id = submitted(f);
        String notes = Uploads.upload(f.grader, "Secret notes".getBytes(StandardCharsets.UTF_8), "notes.txt", "file");
        long fileId = json(f.grader).body(Map.of("upload", notes)).when()
                .post(f.grading() + "/" + id + "/feedback-files").then().statusCode(200).extract().jsonPath()
                .getLong("id");
        json(f.grader).body(Map.of("version", version(f, f.grader, id), "points", 90, "feedback", "Excellent work"))
                .when().post(f.grading() + "/" + id + "/grade").then().statusCode(200);

        json(f.learner).when().get(f.api() + "/submission").then().body("state", equalTo("submitted"))
                .body("grade", nullValue());
        f.learner.given().accept("text/html").when().get("/courses/{c}/assignments/{i}", f.course.code(), f.itemId)
                .then().statusCode(200).body(not(containsString("Excellent work"))).body(not(containsString("90 / 100")));
        f.learner.given().when().get("/courses/{c}/assignments/{i}/files/{file}", f.course.code(), f.itemId, fileId)
                .then().statusCode(404);

        // "Release all" releases it (and says how many).
        f.grader.given().accept("text/html").redirects().follow(false).when()
                .post("/grading/{c}/release", f.course.code()).then().statusCode(303)
                .header("Location", containsString("released=1"));
        json(f.learner).when().get(f.api() + "/submission").then().body("state", equalTo("graded"))
                .body("grade.points", equalTo(90)).body("grade.feedback", equalTo("Excellent work"));
        f.learner.given().when().get("/courses/{c}/assignments/{i}/files/{file}", f.course.code(), f.itemId, fileId)
                .then().statusCode(200).body(equalTo("Secret notes"));
    }

    @Test
    void anotherLearnerCanNeitherSeeNorGradeAndTheQueueFilters() {
        AssignmentFixture f = new AssignmentFixture();
        f.settings(Map.of("dueAt", java.time.Instant.now().minusSeconds(3600).toString()));
        long id = submitted(f);
        Sessions.Session other = Sessions.as(aPerson().enrolledIn(f.course.code()).create());
        json(other).when().get(f.grading()).then().statusCode(403);
        json(other).when().get(f.grading() + "/" + id).then().statusCode(403);
        json(other).body(Map.of("version", 0, "points", 100)).when().post(f.grading() + "/" + id + "/grade")
                .then().statusCode(403);
        json(other).when().post(f.grading() + "/" + id + "/release").then().statusCode(403);
        other.given().accept("text/html").when().get("/grading/{c}/submissions/{id}", f.course.code(), id).then()
                .statusCode(403);
        json(f.learner).body(Map.of("version", 0, "points", 100)).when().post(f.grading() + "/" + id + "/grade")
                .then().statusCode(403);
        // Learners of the course do not change its assignments either.
        json(f.learner).body(Map.of("version", 0, "maxPoints", 1)).when().put(f.api()).then().statusCode(403);

        json(f.grader).queryParam("late", true).when().get(f.grading()).then().body("$", hasSize(1));
        json(f.grader).queryParam("late", false).when().get(f.grading()).then().body("$", hasSize(0));
        json(f.grader).queryParam("status", "graded").when().get(f.grading()).then().body("$", hasSize(0));
        json(f.grader).queryParam("module", f.moduleId).when().get(f.grading()).then().body("$", hasSize(1));
        f.grader.given().accept("text/html").when().get("/grading/{c}?late=true", f.course.code()).then()
                .statusCode(200).body(containsString("/grading/" + f.course.code() + "/submissions/" + id));
        json(f.grader).when().get(f.grading() + "/" + id).then().body("late", equalTo(true));
    }
}
