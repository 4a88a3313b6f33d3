package org.surgalt.node.client.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * The results step on a node, from pages as the national server sends them: a national fact becomes
 * a 'national' fact of the local person and item, a national grade replaces the node's (logged when
 * the node had graded too), the cursor moves with each page applied, and a page whose course has not
 * come down yet waits whole.
 */
@QuarkusTest
@TestProfile(NodePeopleMode.class)
class ResultsApplierTest {

    @Inject
    ResultsApplier applier;

    @Inject
    CourseService courses;

    @Test
    void pagesOfNationalResultsAreWrittenWholeWithTheCursorAndNationalGradesWin() {
        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        TestPerson learner = aPerson().create();
        TestPerson nodeGrader = aPerson().create();
        Course course = aCourse().withModules(1).create();
        long item = QuarkusTransaction.requiringNew().call(() -> courses.currentVersion(courses.course(course.id()))
                .orElseThrow().items().findFirst().orElseThrow().id());
        long module = QuarkusTransaction.requiringNew().call(() -> courses.currentVersion(courses.course(course.id()))
                .orElseThrow().items().findFirst().orElseThrow().moduleId());
        long submission = CohortBuilder.sql("INSERT INTO submission (item_id, course_id, module_id, learner_id, state, "
                + "attempts, submitted_at) VALUES (?1, ?2, ?3, ?4, 'SUBMITTED', 1, NOW(6))", item, course.id(), module,
                learner.id());
        link("USER", learner.id(), base);
        link("COURSE", course.id(), base + 1);
        link("ITEM", item, base + 2);
        link("SUBMISSION", submission, base + 3);

        ResultsPage first = new ResultsPage(List.of(new ResultsPage.Fact(11, base, base + 1, base + 2, "WAIVED", null, 1,
                Instant.now())), List.of(new ResultsPage.Grade(base + 3, base, 7, 10, "Сайн", Instant.now(), true)),
                "f11-g5-" + (base + 3), false);
        assertEquals(new ResultsApplier.Applied(1, 1, 0, 0, java.util.Optional.empty()), applier.apply(first));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1 AND item_id = ?2 "
                + "AND kind = 'WAIVED' AND source = 'national'", learner.id(), item));
        assertEquals("GRADED|7|10|Сайн|1", Rows.text("SELECT CONCAT(state, '|', points, '|', max_points, '|', feedback, '|', "
                + "released_at IS NOT NULL) FROM submission WHERE id = ?1", submission));
        assertEquals("f11-g5-" + (base + 3), applier.cursor());

        // Graded on the node too (by a grader there), then nationally: national wins, the node's is logged.
        CohortBuilder.sql("UPDATE submission SET points = 4, graded_by = ?2 WHERE id = ?1", submission, nodeGrader.id());
        ResultsPage second = new ResultsPage(List.of(), List.of(new ResultsPage.Grade(base + 3, base, 9, 10, "Маш сайн",
                Instant.now(), true)), "f11-g6-" + (base + 3), false);
        assertEquals(1, applier.apply(second).conflicts());
        assertEquals(9L, Rows.count("SELECT points FROM submission WHERE id = ?1", submission));
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'node_result.grade_conflict' "
                + "AND object_id = ?1 AND before_state LIKE '%4%'", submission));

        // A fact of a course that has not come down yet: nothing of the page is written, the cursor stays.
        ResultsPage waiting = new ResultsPage(List.of(new ResultsPage.Fact(12, base, base + 50, base + 51, "GRADED", 80,
                1, Instant.now())), List.of(new ResultsPage.Grade(base + 3, base, 1, 10, null, Instant.now(), true)),
                "f12-g7-" + (base + 3), false);
        assertTrue(applier.apply(waiting).waitingFor().isPresent());
        assertEquals("f11-g6-" + (base + 3), applier.cursor());
        assertEquals(9L, Rows.count("SELECT points FROM submission WHERE id = ?1", submission));
    }

    private static void link(String kind, long local, long national) {
        CohortBuilder.sql("INSERT INTO node_link (kind, local_id, national_id) VALUES (?1, ?2, ?3)", kind, local, national);
    }
}
