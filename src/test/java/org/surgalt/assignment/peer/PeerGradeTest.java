package org.surgalt.assignment.peer;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.assignment.AssignmentFixture.json;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The declared rule, the grade for assessing, and the grade becoming the submission's with its completion fact. */
@QuarkusTest
class PeerGradeTest {

    @Inject
    PeerAllocationJob job;

    @Inject
    EntityManager entities;

    @Test
    void theRuleWeighsTheTeacherAgainstThePeersMedianAndFallsBackWhenOneIsMissing() {
        assertEquals(Optional.of(75), PeerGradeRule.score(80, List.of(60, 70, 100), 50), "0.5·80 + 0.5·70");
        assertEquals(Optional.of(80), PeerGradeRule.score(80, List.of(10, 20), 100), "teacher only when w = 100 %");
        assertEquals(Optional.of(65), PeerGradeRule.score(null, List.of(60, 70), 50), "median of two: their mean");
        assertEquals(Optional.of(80), PeerGradeRule.score(80, List.of(), 50));
        assertEquals(Optional.empty(), PeerGradeRule.score(null, List.of(), 50));
        assertEquals(Optional.of(91), PeerGradeRule.finalGrade(Optional.of(90), Optional.of(100), 10),
                "0.9·90 + 0.1·100");
        assertEquals(Optional.of(90), PeerGradeRule.finalGrade(Optional.of(90), Optional.empty(), 10),
                "nothing allocated to assess: the score alone");
        assertEquals(Optional.empty(), PeerGradeRule.finalGrade(Optional.empty(), Optional.of(100), 10));
    }

    @Test
    void finalisingGradesEachSubmissionByTheRuleThroughGradingWithItsCompletionFact() {
        PeerFixture p = new PeerFixture(true);
        p.peerSettings(Map.of("teacherWeight", 50, "assessingWeight", 20));
        p.allocate(job);
        // Everyone assesses except learner 3, who assesses nothing (0 for assessing).
        for (int i = 0; i < 3; i++) {
            p.assessAll(i, Map.of("points", 60));
        }
        long own = json(p.f.learner).when().get(p.f.api() + "/submission").then().extract().jsonPath().getLong("id");
        json(p.f.grader).body(Map.of("points", 100, "comment", "Teacher's view")).when()
                .post("/api/courses/" + p.f.course.id() + "/submissions/" + own + "/peer-assessment").then()
                .statusCode(200);
        json(p.f.grader).when().post(p.peer() + "/finalise").then().statusCode(409);
        p.assessmentDeadlinePasses();

        List<Map<String, Object>> results = json(p.f.grader).when().post(p.peer() + "/finalise").then()
                .statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> first = results.stream().filter(r -> ((Number) r.get("learnerId")).longValue()
                == p.people.get(0).id()).findFirst().orElseThrow();
        // Learner 0's submission: peers gave 60 (or 60 and nothing, from learner 3): score = 0.5·100 + 0.5·60 = 80;
        // assessing 2 of 2 = 100; final = 0.8·80 + 0.2·100 = 84.
        assertEquals(80, first.get("score"));
        assertEquals(100, first.get("assessing"));
        assertEquals(84, first.get("finalGrade"));
        Map<String, Object> lazy = results.stream().filter(r -> ((Number) r.get("learnerId")).longValue()
                == p.people.get(3).id()).findFirst().orElseThrow();
        assertEquals(0, lazy.get("assessing"), "assessed none of the allocated");

        json(p.f.grader).when().get(p.f.grading() + "/" + own).then().body("state", equalTo("graded"))
                .body("grade.points", equalTo(84));
        assertEquals(1L, count("SELECT COUNT(*) FROM completion_fact WHERE item_id = ?1 AND user_id = ?2 "
                + "AND kind = 'GRADED'", p.f.itemId, p.people.get(0).id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'submission.grade' "
                + "AND object_type = 'submission' AND object_id = ?1", own));
    }

    @Test
    void theAuthorsPageDeclaresTheRuleAndKeepsWhatWasTypedWhenRefused() {
        PeerFixture p = new PeerFixture(true);
        String page = "/author/courses/" + p.f.course.code() + "/assignments/" + p.f.itemId + "/peer";
        p.f.author.given().accept("text/html").when().get(page).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("багшийн үнэлгээний 50%"))
                .body(org.hamcrest.Matchers.containsString("name=\"assessUntil\""));
        String csrf = org.surgalt.testsupport.Sessions.csrfToken();
        p.f.author.given().accept("text/html").redirects().follow(false)
                .cookie(org.surgalt.testsupport.Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf)
                .contentType("application/x-www-form-urlencoded").formParam("version", "0").formParam("enabled", "true")
                .formParam("peers", "12").formParam("allocation", "other_school").formParam("assessUntil", "2099-01-01T10:00")
                .formParam("teacherWeight", "70").formParam("assessingWeight", "5").when().post(page).then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString("value=\"12\""))
                .body(org.hamcrest.Matchers.containsString("багшийн үнэлгээний 70%"));
        p.f.grader.given().accept("text/html").when().get(page).then().statusCode(403);
        p.learners.get(1).given().accept("text/html").when().get(page).then().statusCode(403);
    }

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entities.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
