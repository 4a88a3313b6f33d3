package org.surgalt.assignment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.assignment.AssignmentFixture.json;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.Uploads;

/**
 * The "done when" for assignments, over the API: a learner saves a draft, submits text
 * and a file, a grader grades with a rubric and releases, the learner sees the feedback and
 * points, and the item is complete (passed) in the learner's progress.
 */
@QuarkusTest
class AssignmentJourneyTest {

    @Inject
    CourseService courses;

    @Inject
    ProgressService progress;

    @Test
    void aLearnerSubmitsAGraderGradesWithARubricAndTheItemIsPassed() throws Exception {
        AssignmentFixture f = new AssignmentFixture();
        f.settings(Map.of("rubric", List.of(
                Map.of("title", "Objectives", "levels", List.of(Map.of("title", "Missing", "points", 0),
                        Map.of("title", "Vague", "points", 2), Map.of("title", "Measurable", "points", 4))),
                Map.of("title", "Activities", "levels", List.of(Map.of("title", "None", "points", 0),
                        Map.of("title", "Some", "points", 3), Map.of("title", "Engaging", "points", 6))))));
        json(f.learner).when().get(f.api()).then().statusCode(200).body("maxPoints", equalTo(10))
                .body("rubric.title", contains("Objectives", "Activities"));

        // A draft first: saved, not handed in, not in the graders' queue.
        json(f.learner).body(Map.of("body", "Lesson plan, first ideas")).when().put(f.api() + "/submission")
                .then().statusCode(200).body("state", equalTo("draft")).body("body", equalTo("Lesson plan, first ideas"));
        json(f.grader).when().get(f.grading()).then().statusCode(200).body("$", hasSize(0));
        assertFalse(complete(f));

        // A file through the upload pipeline, then the submission with the final text.
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf"));
        String upload = Uploads.upload(f.learner, pdf, "төлөвлөгөө.pdf", "file");
        long fileId = json(f.learner).body(Map.of("upload", upload)).when().post(f.api() + "/submission/files")
                .then().statusCode(200).body("state", equalTo("ready")).body("filename", equalTo("төлөвлөгөө.pdf"))
                .extract().jsonPath().getLong("id");
        json(f.learner).body(Map.of("body", "Lesson plan: fractions, grade 5")).when()
                .post(f.api() + "/submission/submit").then().statusCode(200)
                .body("state", equalTo("submitted")).body("late", equalTo(false)).body("attempts", equalTo(1))
                .body("files.filename", contains("төлөвлөгөө.pdf")).body("grade", nullValue());
        byte[] mine = f.learner.given().when().get("/courses/{code}/assignments/{item}/files/{file}",
                f.course.code(), f.itemId, fileId).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, mine);

        // The grader finds it in the queue, reads it, grades it with the rubric.
        List<Map<String, Object>> queue = json(f.grader).queryParam("status", "submitted").when().get(f.grading())
                .then().statusCode(200).body("$", hasSize(1)).extract().jsonPath().getList("$");
        long submission = ((Number) queue.get(0).get("id")).longValue();
        json(f.grader).when().get(f.grading() + "/" + submission).then().statusCode(200)
                .body("body", equalTo("Lesson plan: fractions, grade 5")).body("files[0].state", equalTo("ready"));
        byte[] graderCopy = f.grader.given().when().get("/grading/{code}/submissions/{s}/files/{file}",
                f.course.code(), submission, fileId).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, graderCopy);
        String feedbackUpload = Uploads.upload(f.grader, "Well done. See the notes.".getBytes(StandardCharsets.UTF_8),
                "notes.txt", "file");
        json(f.grader).body(Map.of("upload", feedbackUpload)).when()
                .post(f.grading() + "/" + submission + "/feedback-files").then().statusCode(200)
                .body("state", equalTo("ready"));
        long version = json(f.grader).when().get(f.grading() + "/" + submission).then().statusCode(200)
                .body("grade", nullValue()).extract().jsonPath().getLong("version");
        json(f.grader).body(Map.of("version", version, "levels", List.of(2, 1),
                "feedback", "Clear objectives; the activities could involve the pupils more.")).when()
                .post(f.grading() + "/" + submission + "/grade").then().statusCode(200)
                .body("state", equalTo("graded")).body("grade.points", equalTo(7)).body("grade.maxPoints", equalTo(10))
                .body("released", equalTo(false));

        // Not released yet: the learner sees no grade, and the item is not passed.
        json(f.learner).when().get(f.api() + "/submission").then().statusCode(200)
                .body("state", equalTo("submitted")).body("grade", nullValue());
        assertFalse(complete(f));

        json(f.grader).when().post(f.grading() + "/" + submission + "/release").then().statusCode(200)
                .body("released", equalTo(true));
        json(f.learner).when().get(f.api() + "/submission").then().statusCode(200)
                .body("grade.points", equalTo(7)).body("grade.percent", equalTo(70))
                .body("grade.feedback", equalTo("Clear objectives; the activities could involve the pupils more."))
                .body("grade.rubric.level", contains("Measurable", "Some"))
                .body("grade.files.filename", contains("notes.txt"));
        assertTrue(complete(f));

        // The learner's page shows the same.
        f.learner.given().accept("text/html").when().get("/courses/{code}/assignments/{item}", f.course.code(),
                f.itemId).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Clear objectives; the activities could involve the pupils more."))
                .body(org.hamcrest.Matchers.containsString("7 / 10"));
    }

    private boolean complete(AssignmentFixture f) {
        CourseContent content = courses.published(f.course.code());
        return progress.of(f.learnerPerson.id(), content).isComplete(f.itemId);
    }
}
