package org.surgalt.node.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.assignment.AssignmentFixture;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Role;
import org.surgalt.node.client.up.RecordsUpStep;
import org.surgalt.node.client.up.UpCapture;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * On a school node (node mode, its national server this same instance): a fact gets its outbox row in
 * its own transaction, and the records step translates it to national ids, sends it, and forgets it
 * once acknowledged; one without a national link is held with why. Here the node and the national
 * server share one database, so a local id is linked to the same national id.
 */
@QuarkusTest
@TestProfile(NodeClientTest.NodeMode.class)
class RecordsUpTest {

    @Inject
    ProgressService progress;
    @Inject
    CourseService courses;
    @Inject
    RecordsUpStep step;
    @Inject
    NodeSetupService setup;

    private String school;
    private TestPerson learner;
    private Course course;
    private CourseContent version;

    @BeforeEach
    void enrolledNode() {
        sql("DELETE FROM node_identity");
        sql("DELETE FROM up_record");
        school = "up-" + UUID.randomUUID().toString().substring(0, 8);
        learner = aPerson().inInstitution(school).create();
        course = aCourse().withModules(1).withItemsPerModule(2).create();
        CohortBuilder.aCohort().create().withCourse(course.id()).join(learner, Instant.now());
        version = courses.published(course.code());
        Sessions.Session national = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String code = national.given().contentType(ContentType.JSON)
                .body(Map.of("name", "Lab " + UUID.randomUUID(), "institution", school))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).form().formParam("code", code).post("/node/setup")
                .then().statusCode(303);
    }

    @Test
    void aFactIsQueuedInItsOwnTransactionOrNotAtAll() {
        CourseContent.ItemContent item = version.items().findFirst().orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> progress.record(learner.id(), version, item,
                CompletionFact.Kind.VIEWED, null, "web"));
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record WHERE kind = 'FACT' AND state = 'QUEUED'"));
        assertTrue(text("SELECT payload FROM up_record").contains("\"person\":" + learner.id()));

        // The learner's record is rolled back: so is its outbox row.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            progress.record(learner.id(), version, item, CompletionFact.Kind.SUBMITTED, null, "web");
            throw new IllegalStateException("the request failed after the fact");
        }));
        assertEquals(0L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1 AND kind = 'SUBMITTED'",
                learner.id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record"));

        // Without a transaction open (a lesson page's view): recorded in one of its own, with its row.
        progress.record(learner.id(), version, version.items().skip(1).findFirst().orElseThrow(),
                CompletionFact.Kind.VIEWED, null, "web");
        assertEquals(2L, count("SELECT COUNT(*) FROM up_record"));
        // A fact a down step wrote came from the national server: it never goes back.
        QuarkusTransaction.requiringNew().run(() -> progress.record(learner.id(), version, item,
                CompletionFact.Kind.GRADED, 90, UpCapture.NATIONAL_SOURCE));
        assertEquals(2L, count("SELECT COUNT(*) FROM up_record"));
        assertEquals(new SyncStep.Backlog(2, 0, 0), step.backlog());
    }

    @Test
    void theRecordsStepSendsTranslatedFactsForgetsAcknowledgedOnesAndHoldsOnesWithoutALink() throws Exception {
        CourseContent.ItemContent item = version.items().findFirst().orElseThrow();
        TestPerson unlinked = aPerson().inInstitution(school).create();
        QuarkusTransaction.requiringNew().run(() -> {
            progress.record(learner.id(), version, item, CompletionFact.Kind.VIEWED, null, "web");
            progress.record(unlinked.id(), version, item, CompletionFact.Kind.VIEWED, null, "web");
        });
        String sentUid = text("SELECT uid FROM up_record WHERE payload LIKE '%\"person\":" + learner.id() + ",%'");
        // The node's copies: linked to the national rows (the same rows, in this one database).
        QuarkusTransaction.requiringNew().run(() -> {
            link("USER", learner.id());
            link("COURSE", course.id());
            link("ITEM", item.id());
        });

        SyncStep.Outcome outcome = step.run(setup.current().orElseThrow());

        assertTrue(outcome.complete(), outcome.detail());
        assertEquals("sent 1, held 1 (no national link for person " + unlinked.id() + "), refused 0", outcome.detail());
        assertEquals(1L, count("SELECT COUNT(*) FROM node_record_receipt WHERE uid = ?1", sentUid));
        assertEquals(0L, count("SELECT COUNT(*) FROM up_record WHERE uid = ?1", sentUid));
        assertEquals("no national link for person " + unlinked.id(),
                text("SELECT detail FROM up_record WHERE state = 'HELD'"));
        assertEquals(new SyncStep.Backlog(1, 0, 0), step.backlog());

        // Once the person is linked, the held record goes up on the next round.
        QuarkusTransaction.requiringNew().run(() -> link("USER", unlinked.id()));
        SyncStep.Outcome next = step.run(setup.current().orElseThrow());
        assertEquals("sent 1, held 0, refused 0", next.detail());
        assertEquals(SyncStep.Backlog.NONE, step.backlog());
    }

    @Test
    void aHandedInSubmissionGoesUpWithItsFactAndIsLinkedToTheNationalSubmission() throws Exception {
        AssignmentFixture assignment = new AssignmentFixture();
        CohortBuilder.sql("UPDATE app_user SET institution_id = (SELECT institution_id FROM app_user WHERE id = ?1) "
                + "WHERE id = ?2", learner.id(), assignment.learnerPerson.id());
        CohortBuilder.aCohort().create().withCourse(assignment.course.id()).join(assignment.learnerPerson, Instant.now());
        AssignmentFixture.json(assignment.learner).body(Map.of("body", "My lesson plan"))
                .post(assignment.api() + "/submission/submit").then().statusCode(200);
        long submission = count("SELECT id FROM submission WHERE item_id = ?1 AND learner_id = ?2", assignment.itemId,
                assignment.learnerPerson.id());
        // The hand-in and its SUBMITTED fact, each queued in the hand-in's transaction.
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record WHERE kind = 'SUBMISSION' AND payload = ?1",
                "{\"submission\":" + submission + "}"));
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record WHERE kind = 'FACT' AND payload LIKE '%SUBMITTED%'"));
        assertEquals(new SyncStep.Backlog(2, 0, 0), step.backlog());

        QuarkusTransaction.requiringNew().run(() -> {
            link("USER", assignment.learnerPerson.id());
            link("COURSE", assignment.course.id());
            link("ITEM", assignment.itemId);
        });
        SyncStep.Outcome outcome = step.run(setup.current().orElseThrow());

        assertEquals("sent 2, held 0, refused 0", outcome.detail());
        assertEquals(1L, count("SELECT COUNT(*) FROM node_link WHERE kind = 'SUBMISSION' AND local_id = ?1 "
                + "AND national_id = ?1", submission));
        assertEquals(1L, count("SELECT COUNT(*) FROM node_record_receipt WHERE kind = 'SUBMISSION' AND national_id = ?1",
                submission));
        assertEquals(SyncStep.Backlog.NONE, step.backlog());
    }

    private static void link(String kind, long id) {
        Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("INSERT IGNORE INTO node_link (kind, local_id, national_id) VALUES (?1, ?2, ?2)")
                .setParameter(1, kind).setParameter(2, id).executeUpdate();
    }

    private static void sql(String statement) {
        CohortBuilder.sql(statement);
    }

    private static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    private static String text(String sql) {
        return single(sql).toString();
    }

    private static Object single(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            var query = em.createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            List<?> rows = query.getResultList();
            return rows.get(0);
        });
    }
}
