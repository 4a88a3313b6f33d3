package org.surgalt.learning;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * Issue 5's "done when", over the API as the real roles: one module with a page, a file, an
 * assignment and a quiz. The learner reads and opens, submits the assignment, a grader grades it
 * with a rubric and releases it, the learner sees the feedback, fails the quiz once and passes it
 * on the second attempt — and the module shows complete.
 */
@QuarkusTest
class ModuleJourneyTest {

    @Inject
    CourseService courses;

    @Inject
    ProgressService progress;

    private static RequestSpecification json(Sessions.Session session) {
        return session.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void aLearnerCompletesAModuleWithAPageAFileAnAssignmentAndAQuiz() throws Exception {
        Course course = aCourse().withItemsPerModule(1).withQuiz("Check yourself", "Өөрийгөө шалгах").asDraft().create();
        long moduleId = course.modules().get(0).id();
        long page = course.modules().get(0).items().get(0).id();
        long quiz = course.modules().get(0).items().get(1).id();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());

        // The author adds a file and an assignment (passed at 60 %) to the module.
        String pdf = Uploads.upload(author, Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf")),
                "гарын авлага.pdf", "file");
        long file = json(author).body(Map.of("kind", "file", "title", Map.of("mn", "Гарын авлага"), "upload", pdf))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long assignment = json(author).body(Map.of("kind", "assignment", "title", Map.of("mn", "Хичээлийн төлөвлөгөө"),
                "body", Map.of("mn", "Нэг хичээлийн төлөвлөгөө бичнэ үү.")))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        json(author).body(Map.of("version", 0, "title", Map.of("mn", "Хичээлийн төлөвлөгөө"),
                "body", Map.of("mn", "Нэг хичээлийн төлөвлөгөө бичнэ үү."), "completion", "passed", "minScore", 60))
                .when().put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), moduleId, assignment)
                .then().statusCode(200);
        // Published; the assignment's settings and the quiz's questions are kept by item id, beside the versions.
        Publishing.publish(author, course.id());
        String assignmentApi = "/api/courses/" + course.id() + "/assignments/" + assignment;
        long settingsVersion = json(author).when().get(assignmentApi).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        json(author).body(Map.of("version", settingsVersion, "rubric", List.of(
                Map.of("title", "Зорилго", "levels", List.of(Map.of("title", "Байхгүй", "points", 0),
                        Map.of("title", "Тодорхой", "points", 5))),
                Map.of("title", "Үйл ажиллагаа", "levels", List.of(Map.of("title", "Сул", "points", 1),
                        Map.of("title", "Сайн", "points", 5))))))
                .when().put(assignmentApi).then().statusCode(200);
        // The quiz: one question from the bank.
        long question = json(author).body(Map.of("kind", "single_choice", "prompt", "Монгол Улсын нийслэл?",
                "options", List.of(Map.of("text", "Улаанбаатар", "correct", true), Map.of("text", "Дархан", "correct", false))))
                .when().post("/api/courses/{c}/questions", course.id()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        json(author).body(Map.of("questions", List.of(question), "review", "answers", "maxAttempts", 3))
                .when().put("/api/courses/{c}/quizzes/{i}", course.id(), quiz).then().statusCode(200);

        // The learner opens the page and the file.
        TestPerson learnerPerson = aPerson().enrolledIn(course.code()).create();
        Sessions.Session learner = Sessions.as(learnerPerson);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(), page).then()
                .statusCode(200);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(), file).then()
                .statusCode(200).body(containsString("гарын авлага.pdf"));
        assertFalse(moduleComplete(course, learnerPerson, moduleId));

        // The assignment: submitted, graded with the rubric by a grader, released, feedback seen.
        json(learner).body(Map.of("body", "Бутархай тоо, 5-р анги: зорилго, үйл ажиллагаа, үнэлгээ."))
                .when().post(assignmentApi + "/submission/submit").then().statusCode(200)
                .body("state", equalTo("submitted"));
        Sessions.Session grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.id())).create());
        String grading = "/api/courses/" + course.id() + "/submissions";
        long submission = json(grader).queryParam("status", "submitted").when().get(grading).then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long gradeVersion = json(grader).when().get(grading + "/" + submission).then().statusCode(200)
                .extract().jsonPath().getLong("version");
        json(grader).body(Map.of("version", gradeVersion, "levels", List.of(1, 0),
                "feedback", "Зорилго тодорхой; үйл ажиллагааг сайжруулаарай.")).when()
                .post(grading + "/" + submission + "/grade").then().statusCode(200);
        json(learner).when().get(assignmentApi + "/submission").then().statusCode(200).body("grade", nullValue());
        json(grader).when().post(grading + "/" + submission + "/release").then().statusCode(200);
        json(learner).when().get(assignmentApi + "/submission").then().statusCode(200)
                .body("grade.points", equalTo(6)).body("grade.percent", equalTo(60))
                .body("grade.feedback", equalTo("Зорилго тодорхой; үйл ажиллагааг сайжруулаарай."))
                .body("grade.rubric.level", contains("Тодорхой", "Сул"));
        assertFalse(moduleComplete(course, learnerPerson, moduleId), "the quiz is still to pass");

        // The quiz: wrong first, right the second time.
        String quizApi = "/api/courses/" + course.id() + "/quizzes/" + quiz + "/attempts";
        long first = json(learner).when().post(quizApi).then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath attempt = json(learner).when().get(quizApi + "/" + first).then().statusCode(200).extract().jsonPath();
        String right = optionId(attempt, "Улаанбаатар");
        String wrong = optionId(attempt, "Дархан");
        json(learner).body(Map.of("answers", Map.of(String.valueOf(question), List.of(wrong))))
                .when().post(quizApi + "/" + first + "/submission").then().statusCode(200).body("passed", equalTo(false));
        assertFalse(moduleComplete(course, learnerPerson, moduleId));
        long second = json(learner).when().post(quizApi).then().statusCode(201).extract().jsonPath().getLong("id");
        json(learner).body(Map.of("answers", Map.of(String.valueOf(question), List.of(right))))
                .when().post(quizApi + "/" + second + "/submission").then().statusCode(200).body("passed", equalTo(true));

        assertTrue(moduleComplete(course, learnerPerson, moduleId), "page, file, assignment and quiz are all complete");
        learner.given().accept("text/html").when().get("/courses/{code}", course.code()).then().statusCode(200)
                .body(containsString("100%"));
    }

    private boolean moduleComplete(Course course, TestPerson learner, long moduleId) {
        var content = courses.published(course.code());
        return progress.of(learner.id(), content).isComplete(content.module(moduleId).orElseThrow());
    }

    private static String optionId(JsonPath attempt, String text) {
        List<Map<String, Object>> options = attempt.getList("questions[0].options");
        return options.stream().filter(o -> text.equals(o.get("text"))).findFirst()
                .map(o -> String.valueOf(o.get("id"))).orElseThrow(() -> new AssertionError("no option " + text));
    }
}
