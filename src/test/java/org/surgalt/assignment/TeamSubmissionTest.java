package org.surgalt.assignment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.CohortBuilder.TestCohort;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Issue 22: an assignment handed in by the teams of a cohort: one submission per team, graded once, counted for each. */
@QuarkusTest
class TeamSubmissionTest {

    @Test
    void aTeamHandsInOneSubmissionAnyMemberReplacesItAndOneGradeCountsForEachMember() {
        AssignmentFixture f = new AssignmentFixture();
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        TestPerson teammate = aPerson().withName("Багийн Гишүүн " + suffix).enrolledIn(f.course.code()).create();
        TestPerson rival = aPerson().enrolledIn(f.course.code()).create();
        TestPerson alone = aPerson().enrolledIn(f.course.code()).create();
        TestCohort cohort = CohortBuilder.aCohort().create().withCourse(f.course.id());
        for (TestPerson person : new TestPerson[] {f.learnerPerson, teammate, rival, alone}) {
            cohort.join(person, Instant.now());
        }
        long team = cohort.team("Удирдлагын баг " + suffix, f.learnerPerson, teammate);
        cohort.team("Өөр баг " + suffix, rival);

        f.settings(Map.of("teamSubmission", true));
        json(f.author).when().get(f.api()).then().body("teamSubmission", equalTo(true));
        f.author.given().accept("text/html").when().get("/author/courses/{c}/assignments/{i}", f.course.code(), f.itemId)
                .then().statusCode(200).body(containsString("name=\"teamSubmission\" value=\"true\" checked"));

        json(f.learner).body(Map.of("body", "Team plan v1")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200);
        Sessions.Session mate = Sessions.as(teammate);
        json(mate).when().get(f.api() + "/submission").then().statusCode(200).body("body", equalTo("Team plan v1"))
                .body("team", equalTo("Удирдлагын баг " + suffix))
                .body("teamMembers", hasItems("Багийн Гишүүн " + suffix));
        json(mate).body(Map.of("body", "Team plan v2")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200).body("attempts", equalTo(2));
        json(Sessions.as(rival)).when().get(f.api() + "/submission").then().body("state", equalTo("none"));
        Sessions.as(alone).given().cookie("lang", "en").accept("text/html").when()
                .get("/courses/{c}/assignments/{i}", f.course.code(), f.itemId).then().statusCode(200)
                .body(containsString("you hand it in on your own"));
        f.learner.given().cookie("lang", "en").accept("text/html").when()
                .get("/courses/{c}/assignments/{i}", f.course.code(), f.itemId).then().statusCode(200)
                .body(containsString("A team submission: one for the team Удирдлагын баг " + suffix),
                        containsString("Багийн Гишүүн " + suffix), containsString("Team plan v2"));
        assertEquals(1, count("SELECT COUNT(*) FROM submission WHERE item_id = ?1", f.itemId), "one for the team");
        org.junit.jupiter.api.Assertions.assertTrue(count("SELECT COUNT(*) FROM completion_fact WHERE item_id = ?1"
                + " AND user_id = ?2 AND kind = 'SUBMITTED'", f.itemId, f.learnerPerson.id()) > 1,
                "handed in for the member who did not press the button too");

        long id = json(f.grader).when().get(f.grading()).then().statusCode(200).body("$", hasSize(1))
                .body("[0].learner", containsString("Удирдлагын баг " + suffix)).extract().jsonPath().getLong("[0].id");
        f.grader.given().cookie("lang", "en").accept("text/html").when().get("/grading/{c}", f.course.code()).then()
                .statusCode(200).body(containsString("Удирдлагын баг " + suffix + " ("));
        long version = json(f.grader).when().get(f.grading() + "/" + id).then().statusCode(200)
                .body("learner", containsString("Удирдлагын баг " + suffix)).extract().jsonPath().getLong("version");
        json(f.grader).body(Map.of("version", version, "points", 90, "feedback", "Good team work")).when()
                .post(f.grading() + "/" + id + "/grade").then().statusCode(200);
        json(f.grader).when().post(f.grading() + "/" + id + "/release").then().statusCode(200);

        json(mate).when().get(f.api() + "/submission").then().body("grade.points", equalTo(90));
        for (TestPerson member : new TestPerson[] {f.learnerPerson, teammate}) {
            assertEquals(1, count("SELECT COUNT(*) FROM completion_fact WHERE item_id = ?1 AND user_id = ?2"
                    + " AND kind = 'PASSED' AND score = 90", f.itemId, member.id()), "passed for each member");
            assertEquals(1, count("SELECT COUNT(*) FROM item_progress WHERE item_id = ?1 AND user_id = ?2",
                    f.itemId, member.id()), "complete for each member");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM completion_fact WHERE item_id = ?1 AND user_id = ?2", f.itemId,
                rival.id()), "another team's member gets nothing");
        assertEquals(team, count("SELECT team_id FROM submission WHERE id = ?1", id));

        // The team has handed in work: it is kept.
        Sessions.Session admin = Sessions.as(aPerson().withRole(org.surgalt.identity.Role.ADMIN).create());
        admin.given().when().delete("/api/cohorts/" + cohort.id() + "/teams/" + team).then().statusCode(409);
        assertEquals(1, count("SELECT COUNT(*) FROM cohort_team WHERE id = ?1", team), "the team with work is kept");
    }
    @Test
    void workHandedInAloneBeforeJoiningATeamStaysTheLearnersOwn() {
        AssignmentFixture f = new AssignmentFixture();
        TestPerson teammate = aPerson().enrolledIn(f.course.code()).create();
        TestCohort cohort = CohortBuilder.aCohort().create().withCourse(f.course.id());
        cohort.join(f.learnerPerson, Instant.now()).join(teammate, Instant.now());
        f.settings(Map.of("teamSubmission", true));
        json(f.learner).body(Map.of("body", "My own plan")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200).body("team", org.hamcrest.Matchers.nullValue());

        cohort.team("Хожуу баг", f.learnerPerson, teammate);
        json(f.learner).when().get(f.api() + "/submission").then().body("body", equalTo("My own plan"))
                .body("team", org.hamcrest.Matchers.nullValue());
        json(f.learner).body(Map.of("body", "My own plan, again")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200).body("attempts", equalTo(2));
        Sessions.Session mate = Sessions.as(teammate);
        json(mate).body(Map.of("body", "The team's plan")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200).body("team", equalTo("Хожуу баг"));
        assertEquals(2, count("SELECT COUNT(*) FROM submission WHERE item_id = ?1", f.itemId));
    }

    private static long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
