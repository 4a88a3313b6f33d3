package org.surgalt.assignment.peer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** The graders' page: allocations and their states, the rule's result, flags, overriding with a reason, finalising. */
@QuarkusTest
class PeerGradingPageTest {

    @Inject
    PeerAllocationJob job;

    @Inject
    EntityManager entities;

    private static String page(PeerFixture p) {
        return "/grading/" + p.f.course.code() + "/peer/" + p.f.itemId;
    }

    private static String html(Sessions.Session session, String path) {
        return session.given().accept("text/html").cookie("lang", "en").when().get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theGraderSeesEachSubmissionsAssessorsTheirStatesAndTheResultAndLearnersNeverSeeThePage() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(job);
        // Learners 1 and 2 assess what they were given; 0 and 3 do not (yet).
        for (int i = 1; i < 3; i++) {
            p.assessAll(i, Map.of("points", 70, "comment", "Seen by " + i));
        }
        String open = html(p.f.grader, page(p));
        assertTrue(open.contains("Peer assessment: assessors and results"), open);
        assertTrue(open.contains("not yet (still open)"));
        assertTrue(open.contains("Seen by 1"), "the peers' comments");
        for (int i = 1; i < 4; i++) {
            assertTrue(open.contains(p.names.get(i)), "graders may know the anonymous assessors: " + p.names.get(i));
        }
        assertTrue(open.contains("Anonymous to learners"));
        assertFalse(open.contains("/peer/" + p.f.itemId + "/finalise"), "no finalising before the deadline");
        for (Sessions.Session learner : p.learners) {
            learner.given().accept("text/html").when().get(page(p)).then().statusCode(403)
                    .body(not(containsString("Seen by")));
        }

        p.assessmentDeadlinePasses();
        String closed = html(p.f.grader, page(p));
        assertTrue(closed.contains(">missing<"), "learner 0's and 3's allocations are missing now");
        assertTrue(closed.contains("done after the deadline"),
                "assessed before the deadline was brought forward to before it");
        assertTrue(closed.contains("/peer/" + p.f.itemId + "/finalise"));
        // Every peer who assessed gave 70: a submission with any assessment has a median of 70.
        assertTrue(closed.contains("<dd>70</dd>"), closed);
    }

    @Test
    void anOverrideWithoutAReasonIsRefusedInTheReadersLanguageKeepingWhatWasTypedAndWithOneItCountsOnceFinalisedAgain() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(job);
        for (int i = 0; i < 4; i++) {
            p.assessAll(i, Map.of("points", 60));
        }
        p.assessmentDeadlinePasses();
        long given = p.allocatedTo(p.learners.get(1)).get(0);
        String refused = p.f.grader.given().contentType(ContentType.URLENC).accept("text/html")
                .header("Accept-Language", "mn").cookie("lang", "mn")
                .formParam("points", "95").formParam("reason", "  ").when()
                .post(page(p) + "/assessments/" + given + "/override").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("заавал бөглөнө: үе тэнгийн оноог яагаад өөрчилж байгаагаа бичнэ үү"), refused);
        assertTrue(refused.contains("id=\"points-" + given + "\" name=\"points\" type=\"number\" min=\"0\" required value=\"95\""),
                "what was typed is kept");

        List<Map<String, Object>> first = json(p.f.grader).when().post(p.peer() + "/finalise").then().statusCode(200)
                .extract().jsonPath().getList("$");
        p.f.grader.given().contentType(ContentType.URLENC).formParam("points", "100")
                .formParam("reason", "Peer misread the rubric").redirects().follow(false).when()
                .post(page(p) + "/assessments/" + given + "/override").then().statusCode(303);
        String overridden = html(p.f.grader, page(p) + "?done=overridden");
        assertTrue(overridden.contains("overridden: Peer misread the rubric"), overridden);
        assertEquals("Peer misread the rubric", QuarkusTransaction.requiringNew().call(() -> (String) entities
                .createNativeQuery("SELECT detail FROM audit_event WHERE action = 'peer.override' AND object_id = ?1")
                .setParameter(1, String.valueOf(given)).getSingleResult()));

        // Re-finalising through the page records the new result for the overridden submission.
        long submission = QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "SELECT submission_id FROM peer_assessment WHERE id = ?1").setParameter(1, given).getSingleResult())
                .longValue());
        Object before = first.stream().filter(r -> ((Number) r.get("submissionId")).longValue() == submission)
                .findFirst().orElseThrow().get("finalGrade");
        String location = p.f.grader.given().redirects().follow(false).when().post(page(p) + "/finalise").then()
                .statusCode(303).extract().header("Location");
        assertTrue(location.endsWith(page(p) + "?finalised=4"), location);
        // Peers 60 and 100: median 80, no teacher: score 80; assessing 2 of 2 = 100; final 0.9·80 + 0.1·100 = 82.
        assertEquals(64, before, "before: 0.9·60 + 0.1·100");
        json(p.f.grader).when().get(p.f.grading() + "/" + submission).then().body("grade.points", equalTo(82));
        assertTrue(html(p.f.grader, location).contains("4 grades recorded by the rule."));
    }

    @Test
    void finalisingBeforeTheDeadlineIsRefusedOnThePageAndWorkHandedInAfterTheAllocationIsFlagged() {
        PeerFixture p = new PeerFixture(false);
        p.allocate(job);
        String refused = p.f.grader.given().accept("text/html").cookie("lang", "en").when().post(page(p) + "/finalise").then()
                .statusCode(409).extract().asString();
        assertTrue(refused.contains("Peer grades can be worked out once the assessment deadline has passed."));

        TestPerson afterwards = aPerson().enrolledIn(p.f.course.code()).create();
        json(p.f.grader).body(Map.of("until", PeerFixture.in(90))).when()
                .put(p.f.api() + "/extensions/" + afterwards.id()).then().statusCode(200);
        json(Sessions.as(afterwards)).body(Map.of("body", "After the allocation")).when()
                .post(p.f.api() + "/submission/submit").then().statusCode(200);
        long sameSchool = p.allocatedTo(p.learners.get(2)).get(0);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "UPDATE peer_assessment SET same_school = TRUE WHERE id = ?1").setParameter(1, sameSchool)
                .executeUpdate());
        String board = html(p.f.grader, page(p));
        assertTrue(board.contains("Handed in after the allocation: no peer assesses it, so grade it yourself."));
        assertTrue(board.contains("Not enough assessors from other schools"));
        assertTrue(board.contains("(same school)"));
    }

    @Test
    void theGradingQueueAndTheSubmissionLinkToThePageOnlyForAPeerAssessedAssignment() {
        PeerFixture p = new PeerFixture(true);
        String queue = html(p.f.grader, "/grading/" + p.f.course.code() + "?item=" + p.f.itemId);
        assertTrue(queue.contains("href=\"" + page(p) + "\""), queue);
        long own = json(p.f.learner).when().get(p.f.api() + "/submission").then().extract().jsonPath().getLong("id");
        assertTrue(html(p.f.grader, "/grading/" + p.f.course.code() + "/submissions/" + own)
                .contains("href=\"" + page(p) + "#submission-" + own + "\""));
        assertFalse(html(p.f.grader, "/grading/" + p.f.course.code()).contains(page(p)),
                "not filtered by the assignment: no single peer page to link to");
        p.peerSettings(Map.of("enabled", false));
        assertFalse(html(p.f.grader, "/grading/" + p.f.course.code() + "?item=" + p.f.itemId).contains(page(p)));
        p.f.grader.given().accept("text/html").when().get(page(p)).then().statusCode(404);
    }

    @Test
    void theTeacherAssessesFromThePageAndTheRuleWeighsItAndAnEmptyScoreIsRefusedKeepingTheComment() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(job);
        p.assessAll(1, Map.of("points", 60));
        long own = json(p.f.learner).when().get(p.f.api() + "/submission").then().extract().jsonPath().getLong("id");
        String assess = page(p) + "/submissions/" + own + "/assess";
        String refused = p.f.grader.given().contentType(ContentType.URLENC).accept("text/html").cookie("lang", "en")
                .formParam("points", "").formParam("comment", "Strong objectives").when().post(assess).then()
                .statusCode(400).extract().asString();
        assertTrue(refused.contains("must be a whole number") && refused.contains(">Strong objectives</textarea>"),
                refused);
        p.f.grader.given().contentType(ContentType.URLENC).formParam("points", "90")
                .formParam("comment", "Strong objectives").redirects().follow(false).when().post(assess).then()
                .statusCode(303);
        String board = html(p.f.grader, page(p) + "?done=assessed");
        assertTrue(board.contains("Your assessment is saved"));
        assertTrue(board.contains("<dd>90 — Strong objectives</dd>"), board);
        assertTrue(board.contains("value=\"90\""), "the form shows the saved points");
        p.assessmentDeadlinePasses();
        p.f.grader.given().redirects().follow(false).when().post(page(p) + "/finalise").then().statusCode(303);
        // Learner 0's work: 0.5·90 + 0.5·60 = 75 if learner 1 assessed it, else the teacher's 90 alone; learner 0
        // assessed none of theirs (0 for assessing): final 0.9·75 = 68 (67.5 rounded half up), or 0.9·90 = 81.
        int points = json(p.f.grader).when().get(p.f.grading() + "/" + own).then().extract().jsonPath()
                .getInt("grade.points");
        assertTrue(points == 68 || points == 81, "graded by the rule with the teacher's assessment: " + points);
    }
}
