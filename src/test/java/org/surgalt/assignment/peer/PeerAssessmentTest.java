package org.surgalt.assignment.peer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.assignment.AssignmentFixture.json;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;

/** Assessing within the window, anonymity on the JSON, pages and CSV, release, and the teacher's override. */
@QuarkusTest
class PeerAssessmentTest {

    @Inject
    PeerAllocationJob job;

    @Inject
    EntityManager entities;

    @Test
    void theAllocationRunsOnceAndEachLearnerAssessesTwoOthersWithinTheWindow() {
        PeerFixture p = new PeerFixture(true);
        assertEquals(0, p.f.learner.given().when().get(p.peer() + "/mine").then().extract().jsonPath()
                .getList("id").size(), "nothing before the deadline");
        assertEquals(8, p.allocate(job));
        assertEquals(0, p.allocate(job), "a second tick allocates nothing twice");
        for (int i = 0; i < 4; i++) {
            Sessions.Session learner = p.learners.get(i);
            List<Long> mine = p.allocatedTo(learner);
            assertEquals(2, mine.size());
            for (long id : mine) {
                String body = json(learner).when().get(p.assessment(id)).then().statusCode(200)
                        .body("open", equalTo(true)).extract().jsonPath().getString("body");
                assertFalse(body.endsWith(" " + i), "never their own work");
                json(learner).body(Map.of("points", 60 + i * 10, "comment", "Clear objectives from " + i)).when()
                        .post(p.assessment(id)).then().statusCode(200).body("points", equalTo(60 + i * 10));
            }
        }
        // Someone else's allocation is not there for another learner.
        long first = p.allocatedTo(p.learners.get(0)).get(0);
        json(p.learners.get(1)).when().get(p.assessment(first)).then().statusCode(404);
        json(p.learners.get(1)).body(Map.of("points", 1)).when().post(p.assessment(first)).then().statusCode(404);

        p.assessmentDeadlinePasses();
        json(p.learners.get(0)).body(Map.of("points", 5)).when().post(p.assessment(first)).then().statusCode(409)
                .body("detail", containsString("assessment deadline has passed"));
        json(p.learners.get(0)).when().get(p.assessment(first)).then().body("open", equalTo(false))
                .body("points", equalTo(60));
    }

    @Test
    void theAssignmentAndItsSettingsLinkToThePeerPagesOnlyWhileThereIsAPeerPhase() {
        PeerFixture p = new PeerFixture(true);
        String learnerPage = "/courses/" + p.f.course.code() + "/peer/assignments/" + p.f.itemId;
        String assignmentPage = "/courses/" + p.f.course.code() + "/assignments/" + p.f.itemId;
        p.f.learner.given().accept("text/html").when().get(assignmentPage).then().statusCode(200)
                .body(containsString("href=\"" + learnerPage + "\""));
        p.f.learner.given().accept("text/html").when().get(learnerPage).then().statusCode(200);
        p.f.author.given().accept("text/html").when()
                .get("/author/courses/" + p.f.course.code() + "/assignments/" + p.f.itemId).then().statusCode(200)
                .body(containsString("href=\"/author/courses/" + p.f.course.code() + "/assignments/" + p.f.itemId
                        + "/peer\""));
        p.peerSettings(Map.of("enabled", false));
        p.f.learner.given().accept("text/html").when().get(assignmentPage).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(learnerPage)));
    }

    @Test
    void anAnonymousAssessorIsNeverNamedToTheLearnerNorInTheExportAndFeedbackWaitsForRelease() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(job);
        for (int i = 1; i < 4; i++) {
            p.assessAll(i, Map.of("points", 80, "comment", "Good work, says " + i));
        }
        p.assessmentDeadlinePasses();
        json(p.f.learner).when().get(p.peer() + "/feedback").then().statusCode(200).body("$", hasSize(0));
        p.finaliseAndReleaseTheFirst();

        String feedback = json(p.f.learner).when().get(p.peer() + "/feedback").then().statusCode(200)
                .body("$", hasSize(2)).body("[0].assessor", nullValue()).body("[0].comment", containsString("Good work"))
                .extract().asString();
        String page = p.f.learner.given().accept("text/html").when()
                .get("/courses/{c}/assignments/{i}", p.f.course.code(), p.f.itemId).then().statusCode(200)
                .extract().asString();
        String peerPage = p.f.learner.given().accept("text/html").when()
                .get("/courses/{c}/peer/assignments/{i}", p.f.course.code(), p.f.itemId).then().statusCode(200)
                .body(containsString("Good work, says")).extract().asString();
        long allocated = p.allocatedTo(p.learners.get(1)).get(0);
        String workPage = p.learners.get(1).given().accept("text/html").when()
                .get("/courses/{c}/peer/assessments/{id}", p.f.course.code(), allocated).then().statusCode(200)
                .body(containsString("Lesson plan number")).extract().asString();
        for (int i = 0; i < 4; i++) {
            if (i != 1) {
                assertFalse(workPage.contains(p.people.get(i).email()), "the author is never named to the assessor");
                assertTrue(p.names.get(i) == null || !workPage.contains(p.names.get(i)));
            }
        }
        String csv = p.f.grader.given().when().get(p.peer() + "/export.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(csv.startsWith("submission,learner,assessor"), csv);
        // The graders' page is not the learner's to see at all.
        String gradersPage = "/grading/" + p.f.course.code() + "/peer/" + p.f.itemId;
        String refused = p.f.learner.given().accept("text/html").when().get(gradersPage).then().statusCode(403)
                .extract().asString();
        for (int i = 1; i < 4; i++) {
            String name = p.names.get(i);
            String email = p.people.get(i).email();
            for (String seen : List.of(feedback, page, peerPage, csv, refused)) {
                assertFalse(seen.contains(name) && seen != csv, "assessor named: " + name);
                assertFalse(seen.contains(email), "assessor's email: " + email);
            }
        }
        // In the CSV the assessed learners are named (graders know them), the anonymous assessors are not.
        assertTrue(csv.lines().skip(1).allMatch(line -> line.split(",", -1)[2].isEmpty()), csv);
        // The graders' own view names them: they may know.
        json(p.f.grader).when().get(p.peer() + "/assessments").then().statusCode(200)
                .body("assessments.assessor", org.hamcrest.Matchers.hasItem(p.names.get(1)));
        p.f.grader.given().accept("text/html").when().get(gradersPage).then().statusCode(200)
                .body(containsString(p.names.get(1)));
    }

    @Test
    void withoutAnonymityTheLearnerSeesWhoAssessedThem() {
        PeerFixture p = new PeerFixture(false);
        p.allocate(job);
        for (int i = 1; i < 4; i++) {
            p.assessAll(i, Map.of("points", 70));
        }
        p.assessmentDeadlinePasses();
        p.finaliseAndReleaseTheFirst();
        json(p.f.learner).when().get(p.peer() + "/feedback").then().body("$", hasSize(2))
                .body("[0].assessor", not(nullValue()));
    }

    @Test
    void aTeacherOverridesAPeerScoreOnlyWithAReasonAndItIsAudited() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(job);
        long id = p.allocatedTo(p.learners.get(1)).get(0);
        json(p.learners.get(1)).body(Map.of("points", 10)).when().post(p.assessment(id)).then().statusCode(200);
        json(p.f.grader).body(Map.of("points", 75)).when().post(p.assessment(id) + "/override").then()
                .statusCode(400).body("detail", containsString("say why"));
        json(p.f.grader).body(Map.of("points", 75, "reason", "   ")).when().post(p.assessment(id) + "/override")
                .then().statusCode(400);
        json(p.learners.get(2)).body(Map.of("points", 75, "reason", "Mine")).when()
                .post(p.assessment(id) + "/override").then().statusCode(403);
        json(p.f.grader).body(Map.of("points", 75, "reason", "The rubric was misread")).when()
                .post(p.assessment(id) + "/override").then().statusCode(200).body("overridePoints", equalTo(75))
                .body("points", equalTo(10));
        String detail = QuarkusTransaction.requiringNew().call(() -> (String) entities.createNativeQuery(
                "SELECT detail FROM audit_event WHERE action = 'peer.override' AND object_id = ?1")
                .setParameter(1, String.valueOf(id)).getSingleResult());
        assertEquals("The rubric was misread", detail);
        json(p.f.grader).when().get(p.peer() + "/assessments").then()
                .body("assessments.find { it.id == " + id + " }.overrideReason", equalTo("The rubric was misread"));
    }

    @Test
    void aPeerAssessesWithTheAssignmentsRubricAndAForgedLevelIsRefused() {
        PeerFixture p = new PeerFixture(true);
        p.f.settings(Map.of("dueAt", PeerFixture.in(60), "rubric", List.of(Map.of("title", "Objectives",
                "levels", List.of(Map.of("title", "Missing", "points", 0), Map.of("title", "Clear", "points", 5))))));
        p.allocate(job);
        long id = p.allocatedTo(p.learners.get(2)).get(0);
        json(p.learners.get(2)).body(Map.of("levels", List.of(7))).when().post(p.assessment(id)).then()
                .statusCode(400).body("detail", containsString("levels[0]"));
        json(p.learners.get(2)).body(Map.of("levels", List.of(1), "comment", "Clear")).when().post(p.assessment(id))
                .then().statusCode(200).body("points", equalTo(5)).body("scores[0].level", equalTo("Clear"));
    }
}
