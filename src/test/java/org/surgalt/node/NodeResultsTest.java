package org.surgalt.node;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * GET /api/node/results: the national GRADED and WAIVED facts and the grades of a node's people, in
 * their cohorts' courses, a page after a cursor; another school's, other kinds, facts a node sent and
 * courses outside the cohorts stay out.
 */
@QuarkusTest
class NodeResultsTest {

    private static final LocalDateTime A_MINUTE_AGO = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1);

    @Test
    void aNodeReadsItsPeoplesNationalResultsOnceInOrderAndNoOtherSchools() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TestPerson learnerA = aPerson().inInstitution("results-a-" + suffix).create();
        TestPerson learnerB = aPerson().inInstitution("results-b-" + suffix).create();
        Course used = aCourse().withModules(1).create();
        Course unused = aCourse().withModules(1).create();
        CohortBuilder.aCohort().create().withCourse(used.id()).join(learnerA, Instant.now()).join(learnerB, Instant.now());
        long graded = fact(learnerA, used, 501, "GRADED", "grading");
        long waived = fact(learnerA, used, 502, "WAIVED", "coordinator");
        fact(learnerA, used, 503, "VIEWED", "web");
        // A grade a node's grader gave, sent up by the node: it has its receipt and never comes back down.
        long fromANode = fact(learnerA, used, 504, "GRADED", "grading");
        fact(learnerA, unused, 505, "GRADED", "grading");
        long theirs = fact(learnerB, used, 506, "GRADED", "grading");
        long submission = CohortBuilder.sql("INSERT INTO submission (item_id, course_id, module_id, learner_id, state, "
                + "points, max_points, feedback, graded_at, released_at, updated_at) VALUES (501, ?1, 1, ?2, 'GRADED', 7, 10, "
                + "'Сайн', ?3, ?3, ?3)", used.id(), learnerA.id(), A_MINUTE_AGO);
        CohortBuilder.sql("INSERT INTO submission (item_id, course_id, module_id, learner_id, state, points, max_points, "
                + "updated_at) VALUES (501, ?1, 1, ?2, 'GRADED', 3, 10, ?3)", used.id(), learnerB.id(), A_MINUTE_AGO);
        TestNode nodeA = TestNode.enrolled(TestNode.admin(), "results-a-" + suffix);
        TestNode nodeB = TestNode.enrolled(TestNode.admin(), "results-b-" + suffix);
        CohortBuilder.sql("INSERT INTO node_record_receipt (uid, node_id, kind, national_id) VALUES (?1, ?2, 'FACT', ?3)",
                UUID.randomUUID().toString(), Long.parseLong(nodeA.nodeId), fromANode);

        Response first = results(nodeA, null);
        first.then().statusCode(200).body("facts.id", contains((int) graded, (int) waived))
                .body("facts.kind", contains("GRADED", "WAIVED")).body("facts[0].person", equalTo((int) learnerA.id()))
                .body("facts[0].item", equalTo(501)).body("grades.submission", contains((int) submission))
                .body("grades[0].points", equalTo(7)).body("grades[0].feedback", equalTo("Сайн"))
                .body("grades[0].released", equalTo(true)).body("more", equalTo(false));
        // After the cursor: nothing new; a new grade (a regrade) comes once.
        String cursor = first.path("cursor");
        results(nodeA, cursor).then().statusCode(200).body("facts", empty()).body("grades", empty());
        CohortBuilder.sql("UPDATE submission SET points = 9, updated_at = ?2 WHERE id = ?1", submission,
                A_MINUTE_AGO.plusSeconds(30));
        Response regraded = results(nodeA, cursor);
        regraded.then().statusCode(200).body("grades.points", contains(9)).body("facts", empty());
        results(nodeA, regraded.path("cursor")).then().statusCode(200).body("grades", empty());

        results(nodeB, null).then().statusCode(200).body("facts.id", contains((int) theirs))
                .body("grades.points", containsInAnyOrder(3));
        results(nodeA, "not-a-cursor").then().statusCode(400);
    }

    private static long fact(TestPerson person, Course course, long item, String kind, String source) {
        return CohortBuilder.sql("INSERT INTO completion_fact (user_id, course_id, item_id, kind, score, source, "
                + "course_version, occurred_at) VALUES (?1, ?2, ?3, ?4, NULL, ?5, 1, ?6)", person.id(), course.id(), item,
                kind, source, A_MINUTE_AGO);
    }

    private static Response results(TestNode node, String after) {
        String path = "/api/node/results" + (after == null ? "" : "?after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        return TestNode.get(path, node.sign(node.claims("GET", path, new byte[0]).build()));
    }
}
