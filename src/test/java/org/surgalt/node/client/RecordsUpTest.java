package org.surgalt.node.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.assignment.AssignmentFixture;
import org.surgalt.cohort.session.SessionFixture;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Role;
import org.surgalt.node.client.up.RecordsUpStep;
import org.surgalt.node.client.up.UpCapture;
import org.surgalt.node.client.up.UpFiles;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.Journey;
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

    @RegisterExtension
    final Browser browser = new Browser();

    @Inject
    ProgressService progress;
    @Inject
    CourseService courses;
    @Inject
    RecordsUpStep step;
    @Inject
    NodeSetupService setup;
    @Inject
    UpFiles files;
    @Inject
    org.surgalt.content.AssetStore assets;
    @Inject
    org.surgalt.content.AssetsConfig assetsConfig;

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
        NodeClientTest.NodeMode.enrolFor(school);
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
        // The node's site admins see it held, with why; a learner does not see the page.
        String page = Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().cookie("lang", "en")
                .accept("text/html").get("/node/records").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<td>held</td><td>no national link for person " + unlinked.id() + "</td>"), page);
        Sessions.as(learner).given().accept("text/html").get("/node/records").then().statusCode(403);

        // Once the person is linked, the held record goes up on the next round.
        QuarkusTransaction.requiringNew().run(() -> link("USER", unlinked.id()));
        SyncStep.Outcome next = step.run(setup.current().orElseThrow());
        assertEquals("sent 1, held 0, refused 0", next.detail());
        assertEquals(SyncStep.Backlog.NONE, step.backlog());

        // A person of another school (linked, so it goes): refused, kept as refused with the reason, not sent again.
        TestPerson elsewhere = aPerson().inInstitution(school + "-other").create();
        QuarkusTransaction.requiringNew().run(() -> {
            progress.record(elsewhere.id(), version, item, CompletionFact.Kind.VIEWED, null, "web");
            link("USER", elsewhere.id());
        });
        String why = "person " + elsewhere.id() + " is not one of the node's people";
        assertEquals("sent 0, held 0, refused 1 (" + why + ")", step.run(setup.current().orElseThrow()).detail());
        assertEquals(why, text("SELECT detail FROM up_record WHERE state = 'REFUSED'"));
        assertEquals("sent 0, held 0, refused 0", step.run(setup.current().orElseThrow()).detail());
        assertEquals(SyncStep.Backlog.NONE, step.backlog());
        assertTrue(Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().cookie("lang", "en")
                .accept("text/html").get("/node/records").then().statusCode(200).extract().asString()
                .contains("<td>refused</td><td>person " + elsewhere.id() + " is not one of the node&#39;s people</td>"));
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

    @Test
    void aFinishedQuizAttemptGoesUpWithItsAnswersInNationalIdsAndIsLinked() throws Exception {
        Course quizCourse = aCourse().withQuiz("Check yourself", "Өөрийгөө шалгах").create();
        long quiz = quizCourse.modules().get(0).items().get(1).id();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(org.surgalt.identity.Grant.course(Role.AUTHOR, quizCourse.id())).create());
        long question = author.given().contentType(ContentType.JSON).body(Map.of("kind", "single_choice", "prompt",
                "Capital?", "options", List.of(Map.of("text", "Ulaanbaatar", "correct", true),
                        Map.of("text", "Darkhan", "correct", false))))
                .post("/api/courses/{c}/questions", quizCourse.id()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        // A true/false question has no options: its empty option lists once failed the translation.
        long truth = author.given().contentType(ContentType.JSON).body(Map.of("kind", "true_false", "prompt",
                "Ulaanbaatar is the capital.", "truth", true))
                .post("/api/courses/{c}/questions", quizCourse.id()).then().statusCode(201).extract().jsonPath()
                .getLong("id");
        author.given().contentType(ContentType.JSON).body(Map.of("questions", List.of(question, truth), "review",
                "answers")).put("/api/courses/{c}/quizzes/{i}", quizCourse.id(), quiz).then().statusCode(200);
        List<Long> options = longs("SELECT id FROM question_option WHERE question_id = ?1 ORDER BY position", question);
        TestPerson taker = aPerson().inInstitution(school).enrolledIn(quizCourse.code()).create();
        CohortBuilder.aCohort().create().withCourse(quizCourse.id()).join(taker, Instant.now());
        Sessions.Session learnerSession = Sessions.as(taker);
        long attempt = learnerSession.given().contentType(ContentType.JSON)
                .post("/api/courses/{c}/quizzes/{i}/attempts", quizCourse.id(), quiz).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        learnerSession.given().contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of(Long.toString(question), List.of(Long.toString(options.get(0))),
                        Long.toString(truth), List.of("true"))))
                .post("/api/courses/{c}/quizzes/{i}/attempts/{a}/submission", quizCourse.id(), quiz, attempt)
                .then().statusCode(200);
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record WHERE kind = 'ATTEMPT' AND payload = ?1",
                "{\"attempt\":" + attempt + "}"));

        QuarkusTransaction.requiringNew().run(() -> {
            link("USER", taker.id());
            link("COURSE", quizCourse.id());
            link("ITEM", quiz);
            options.forEach(option -> link("OPTION", option));
        });
        // The question has not come down yet: the attempt waits for it (its facts go).
        SyncStep.Outcome first = step.run(setup.current().orElseThrow());
        assertTrue(first.detail().contains("held 1 (no national link for question " + question + ")"), first.detail());

        QuarkusTransaction.requiringNew().run(() -> {
            link("QUESTION", question);
            link("QUESTION", truth);
        });
        SyncStep.Outcome next = step.run(setup.current().orElseThrow());
        assertEquals("sent 1, held 0, refused 0", next.detail());
        // This one database plays both sides: the national copy is the learner's next attempt, linked.
        long national = count("SELECT national_id FROM node_link WHERE kind = 'ATTEMPT' AND local_id = ?1", attempt);
        assertTrue(national != attempt);
        assertEquals(1L, count("SELECT COUNT(*) FROM quiz_attempt WHERE id = ?1 AND user_id = ?2 AND number = 2 "
                + "AND score = 100", national, taker.id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM attempt_question WHERE attempt_id = ?1 AND question_id = ?2 "
                + "AND response = ?3", national, question, Long.toString(options.get(0))));
        // Its times are the node's, to the microsecond.
        assertEquals(1L, count("SELECT COUNT(*) FROM quiz_attempt n JOIN quiz_attempt l ON l.id = ?2 "
                + "WHERE n.id = ?1 AND n.submitted_at = l.submitted_at AND n.started_at = l.started_at", national, attempt));
        assertEquals(SyncStep.Backlog.NONE, step.backlog());
    }

    @Test
    void anAttendanceMarkGoesUpWithItsFactOnceTheSessionIsLinked() throws Exception {
        SessionFixture fixture = new SessionFixture();
        long session = fixture.now(10).id();
        TestPerson attendee = fixture.signedUpLearner(session);
        CohortBuilder.sql("UPDATE app_user SET institution_id = (SELECT institution_id FROM app_user WHERE id = ?1) "
                + "WHERE id = ?2", learner.id(), attendee.id());
        CohortBuilder.aCohort().create().withCourse(fixture.course.id()).join(attendee, Instant.now());
        Sessions.as(fixture.author).given().contentType(ContentType.JSON)
                .body("{\"marks\":[{\"userId\":" + attendee.id() + ",\"status\":\"present\"}]}")
                .put("/api/sessions/" + session + "/attendance").then().statusCode(200);
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record WHERE kind = 'ATTENDANCE' AND payload LIKE '%PRESENT%'"));
        assertEquals(1L, count("SELECT COUNT(*) FROM up_record WHERE kind = 'FACT' AND payload LIKE '%ATTENDED%'"));

        QuarkusTransaction.requiringNew().run(() -> {
            link("USER", attendee.id());
            link("COURSE", fixture.course.id());
            link("ITEM", fixture.itemId);
        });
        SyncStep.Outcome first = step.run(setup.current().orElseThrow());
        assertEquals("sent 1, held 1 (no national link for session " + session + "), refused 0", first.detail());

        QuarkusTransaction.requiringNew().run(() -> link("SESSION", session));
        assertEquals("sent 1, held 0, refused 0", step.run(setup.current().orElseThrow()).detail());
        assertEquals(1L, count("SELECT COUNT(*) FROM node_record_receipt WHERE kind = 'ATTENDANCE' AND national_id = ?1",
                session));
        assertEquals(SyncStep.Backlog.NONE, step.backlog());
    }

    @Test
    void aFileCutInTheMiddleGoesOnFromTheNationalOffsetAndBecomesAnAsset() throws Exception {
        // The node's file: in its store, without an asset row, so that the national side (this same
        // instance) does not count it as there. The first 300,000 bytes came up before the link dropped.
        byte[] file = new byte[600_000];
        new java.util.Random(30).nextBytes(file);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));
        java.nio.file.Path local = java.nio.file.Files.createTempFile("node-file", ".bin");
        java.nio.file.Files.write(local, file);
        assets.store(local, sha);
        NodeIdentity node = setup.current().orElseThrow();
        java.nio.file.Path part = assetsConfig.root().resolve("node-uploads").resolve(node.nodeId())
                .resolve(sha + ".part");
        java.nio.file.Files.createDirectories(part.getParent());
        java.nio.file.Files.write(part, java.util.Arrays.copyOf(file, 300_000));

        assertEquals(null, files.upload(node, sha, file.length));

        assertEquals(1L, count("SELECT COUNT(*) FROM asset WHERE sha256 = ?1 AND size = ?2", sha, file.length));
        assertTrue(java.nio.file.Files.notExists(part));
        // Asked again, it is there: nothing travels.
        assertEquals(null, files.upload(node, sha, file.length));
    }

    @Test
    void theRecordsPageListsHeldAndRefusedRecordsAndPassesTheAccessibilityCheck() {
        CohortBuilder.sql("INSERT INTO up_record (uid, kind, payload, state, detail) VALUES (?1, 'FACT', '{}', 'HELD', "
                + "'no national link for person 7'), (?2, 'ATTEMPT', '{}', 'REFUSED', 'question 3 is not of course 2')",
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        TestPerson itTeacher = aPerson().withRole(Role.ADMIN).create();
        Journey journey = Journey.of(browser, "node-records");
        Page page = browser.page();
        journey.step("records", () -> {
            page.navigate("/language/en?return=/node/status");
            browser.fillSignInForm(itTeacher);
            page.waitForNavigation(() -> page.click("a[href='/node/records']"));
            assertThat(page.locator("h1")).hasText("Learner records not going up");
            assertThat(page.locator("#records tbody tr")).hasCount(2);
            assertThat(page.locator("#records tbody tr").first()).containsText("question 3 is not of course 2");
        });
    }

    private static void link(String kind, long id) {
        Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("INSERT IGNORE INTO node_link (kind, local_id, national_id) VALUES (?1, ?2, ?2)")
                .setParameter(1, kind).setParameter(2, id).executeUpdate();
    }

    private static void sql(String statement) {
        CohortBuilder.sql(statement);
    }

    private static List<Long> longs(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return query.getResultList().stream().map(v -> ((Number) v).longValue()).toList();
        });
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
