package org.surgalt.node;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.assignment.AssignmentFixture;
import org.surgalt.course.Course;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * POST /api/node/records (NODE-PROTOCOL.md §5): a chunk is applied once per uid, the learners it touched
 * are recomputed from their facts, and a record outside the node's scope is refused on its own, with
 * its reason on the audit log. Two schools' nodes.
 */
@QuarkusTest
class NodeRecordsTest {

    private TestPerson learnerA;
    private TestPerson learnerB;
    private Course courseA;
    private Course courseB;
    private List<Long> itemsA;
    private TestNode nodeA;
    private TestNode nodeB;

    @BeforeEach
    void twoSchools() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        learnerA = aPerson().inInstitution("rec-a-" + suffix).create();
        learnerB = aPerson().inInstitution("rec-b-" + suffix).create();
        courseA = aCourse().withModules(1).withItemsPerModule(2).create();
        courseB = aCourse().withModules(1).create();
        CohortBuilder.aCohort().create().withCourse(courseA.id()).join(learnerA, Instant.now());
        CohortBuilder.aCohort().create().withCourse(courseB.id()).join(learnerB, Instant.now());
        itemsA = longs("SELECT iv.item_id FROM item_version iv JOIN course_version cv ON cv.id = iv.course_version_id "
                + "WHERE cv.course_id = ?1 ORDER BY iv.position", courseA.id());
        Sessions.Session admin = TestNode.admin();
        nodeA = TestNode.enrolled(admin, "rec-a-" + suffix);
        nodeB = TestNode.enrolled(admin, "rec-b-" + suffix);
    }

    @Test
    void theSameChunkTwiceIsAppliedOnceAndTheLearnersProgressIsComputedFromTheFacts() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String chunk = chunk(fact(first, learnerA.id(), courseA.id(), itemsA.get(0), "VIEWED"),
                fact(second, learnerA.id(), courseA.id(), itemsA.get(1), "VIEWED"));

        Response answer = records(nodeA, chunk);
        answer.then().statusCode(200).body("acknowledged.uid", contains(first, second)).body("refused", empty());
        long nationalId = ((Number) answer.path("acknowledged[0].nationalId")).longValue();
        assertEquals(2L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1 AND course_id = ?2",
                learnerA.id(), courseA.id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM completion_fact WHERE id = ?1 AND item_id = ?2 AND source = 'web'",
                nationalId, itemsA.get(0)));
        // Progress is derived from the facts by the same rules: both items done, the course complete.
        assertEquals(2L, count("SELECT items_done FROM course_progress WHERE user_id = ?1 AND course_id = ?2",
                learnerA.id(), courseA.id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM course_progress WHERE user_id = ?1 AND course_id = ?2 "
                + "AND complete", learnerA.id(), courseA.id()));

        // The answer was lost on the way back: the node sends the same chunk again (signed again).
        records(nodeA, chunk).then().statusCode(200).body("acknowledged.uid", contains(first, second))
                .body("acknowledged[0].nationalId", equalTo((int) nationalId)).body("refused", empty());
        assertEquals(2L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1 AND course_id = ?2",
                learnerA.id(), courseA.id()));
        assertEquals(2L, count("SELECT COUNT(*) FROM node_record_receipt WHERE uid IN (?1, ?2) AND node_id = ?3",
                first, second, Long.parseLong(nodeA.nodeId)));
    }

    @Test
    void aRecordOutsideTheNodesScopeIsRefusedWithItsReasonAndTheRestOfTheChunkIsApplied() {
        String good = UUID.randomUUID().toString();
        String otherSchoolsPerson = UUID.randomUUID().toString();
        String otherSchoolsCourse = UUID.randomUUID().toString();
        String itemOfAnotherCourse = UUID.randomUUID().toString();
        String unknownKind = UUID.randomUUID().toString();
        long itemB = longs("SELECT iv.item_id FROM item_version iv JOIN course_version cv "
                + "ON cv.id = iv.course_version_id WHERE cv.course_id = ?1", courseB.id()).get(0);
        String chunk = chunk(fact(good, learnerA.id(), courseA.id(), itemsA.get(0), "VIEWED"),
                fact(otherSchoolsPerson, learnerB.id(), courseA.id(), itemsA.get(0), "VIEWED"),
                fact(otherSchoolsCourse, learnerA.id(), courseB.id(), itemB, "VIEWED"),
                fact(itemOfAnotherCourse, learnerA.id(), courseA.id(), itemB, "VIEWED"),
                fact(unknownKind, learnerA.id(), courseA.id(), itemsA.get(1), "LIKED"));

        records(nodeA, chunk).then().statusCode(200).body("acknowledged.uid", contains(good))
                .body("refused.uid", contains(otherSchoolsPerson, otherSchoolsCourse, itemOfAnotherCourse, unknownKind))
                .body("refused[0].reason", containsString("not one of the node's people"))
                .body("refused[1].reason", containsString("not used by the node's cohorts"))
                .body("refused[2].reason", containsString("is not in course"))
                .body("refused[3].reason", containsString("unknown fact kind"));
        assertEquals(1L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1", learnerA.id()));
        assertEquals(0L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1", learnerB.id()));
        assertEquals(0L, count("SELECT COUNT(*) FROM node_record_receipt WHERE uid IN (?1, ?2, ?3, ?4)",
                otherSchoolsPerson, otherSchoolsCourse, itemOfAnotherCourse, unknownKind));
        List<AuditRows.Row> refusals = AuditRows.of("node.record_refuse", "school_node", nodeA.nodeId);
        assertEquals(4, refusals.size());
        assertTrue(refusals.get(0).after().contains(otherSchoolsPerson), refusals.get(0).after());

        // The other school's node cannot write school A's learner, nor take over A's uid.
        records(nodeB, chunk(fact(UUID.randomUUID().toString(), learnerA.id(), courseA.id(), itemsA.get(1), "VIEWED"),
                fact(good, learnerB.id(), courseB.id(), itemB, "VIEWED"))).then().statusCode(200)
                .body("acknowledged", empty()).body("refused.reason", containsInAnyOrder(
                        containsString("not one of the node's people"), containsString("sent by another node")));
        // Its own learner in its own course it can.
        records(nodeB, chunk(fact(UUID.randomUUID().toString(), learnerB.id(), courseB.id(), itemB, "VIEWED")))
                .then().statusCode(200).body("acknowledged", hasSize(1));
    }

    @Test
    void aChunkThatIsNotOneIsAProblemAndAnUnsignedOneIsRefused() {
        records(nodeA, "{\"records\": 5").then().statusCode(400).contentType("application/problem+json");
        records(nodeA, "{}").then().statusCode(400).contentType("application/problem+json");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(fact(UUID.randomUUID().toString(), learnerA.id(), courseA.id(), itemsA.get(0), "VIEWED"));
        }
        records(nodeA, chunk(many.toArray(String[]::new))).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1", learnerA.id()));
        // What the database cannot hold is a refusal, not a server error.
        records(nodeA, chunk(fact(UUID.randomUUID().toString(), learnerA.id(), courseA.id(), itemsA.get(0), "VIEWED")
                .replace("2026-12-07T09:15:02.123Z", "3000-01-01T00:00:00Z"))).then().statusCode(200)
                .body("refused[0].reason", containsString("after 2037"));
        io.restassured.RestAssured.given().contentType("application/json").body("{\"records\":[]}")
                .post("/api/node/records").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aSubmissionWaitsForItsFileAndIsWrittenOnceItIsThereAndALaterHandInReplacesIt() throws Exception {
        AssignmentFixture assignment = new AssignmentFixture();
        CohortBuilder.aCohort().create().withCourse(assignment.course.id()).join(assignment.learnerPerson, Instant.now());
        TestNode node = TestNode.enrolled(TestNode.admin(), PersonBuilder.INSTITUTION);
        byte[] plan = ("Lesson plan " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String sha = NodeUploadsTest.sha256(plan);
        String first = UUID.randomUUID().toString();
        String chunk = chunk(submission(first, assignment, "My plan", 1, sha, plan.length));

        // The file has not come up yet: the record waits (neither applied nor refused).
        records(node, chunk).then().statusCode(200).body("acknowledged", empty()).body("refused", empty())
                .body("waiting.uid", contains(first)).body("waiting[0].reason", containsString(sha));
        assertEquals(0L, count("SELECT COUNT(*) FROM submission WHERE item_id = ?1 AND learner_id = ?2",
                assignment.itemId, assignment.learnerPerson.id()));

        NodeUploadsTest.put(node, sha, "bytes 0-" + (plan.length - 1) + "/" + plan.length, plan).then().statusCode(201);
        Response answer = records(node, chunk);
        answer.then().statusCode(200).body("acknowledged.uid", contains(first)).body("waiting", empty());
        long submissionId = ((Number) answer.path("acknowledged[0].nationalId")).longValue();
        assertEquals(1L, count("SELECT COUNT(*) FROM submission WHERE id = ?1 AND item_id = ?2 AND learner_id = ?3 "
                + "AND state = 'SUBMITTED' AND body = 'My plan' AND attempts = 1", submissionId, assignment.itemId,
                assignment.learnerPerson.id()));
        assertEquals(1L, count("SELECT COUNT(*) FROM submission_file WHERE submission_id = ?1 AND sha256 = ?2 "
                + "AND purpose = 'SUBMISSION'", submissionId, sha));
        // The learner sees it on the national site as theirs.
        AssignmentFixture.json(assignment.learner).get(assignment.api() + "/submission").then().statusCode(200)
                .body(containsString("My plan"));

        // Again: acknowledged with the same submission, nothing added.
        records(node, chunk).then().statusCode(200).body("acknowledged[0].nationalId", equalTo((int) submissionId));
        assertEquals(1L, count("SELECT COUNT(*) FROM submission_file WHERE submission_id = ?1", submissionId));
        // A later hand-in on the node replaces the work; an earlier one arriving after it changes nothing.
        records(node, chunk(submission(UUID.randomUUID().toString(), assignment, "My plan, v2", 2, sha,
                plan.length))).then().statusCode(200).body("acknowledged[0].nationalId", equalTo((int) submissionId));
        records(node, chunk(submission(UUID.randomUUID().toString(), assignment, "stale", 1, sha, plan.length)))
                .then().statusCode(200).body("acknowledged[0].nationalId", equalTo((int) submissionId));
        assertEquals(1L, count("SELECT COUNT(*) FROM submission WHERE id = ?1 AND body = 'My plan, v2' "
                + "AND attempts = 2", submissionId));

        // A submission for an item that is not an assignment is refused.
        long page = itemsA.get(0);
        CohortBuilder.aCohort().create().withCourse(courseA.id()).join(assignment.learnerPerson, Instant.now());
        records(node, chunk(submission(UUID.randomUUID().toString(), assignment, "x", 1, sha, plan.length)
                .replace("\"item\":" + assignment.itemId, "\"item\":" + page)
                .replace("\"course\":" + assignment.course.id(), "\"course\":" + courseA.id())))
                .then().statusCode(200).body("refused[0].reason", containsString("not an assignment of"));
    }

    @Test
    void aFinishedQuizAttemptBecomesTheLearnersNextAttemptOnceAndOnlyWithTheCoursesQuestions() {
        Course quizCourse = aCourse().withQuiz("Check yourself", "Өөрийгөө шалгах").create();
        long quiz = quizCourse.modules().get(0).items().get(1).id();
        CohortBuilder.aCohort().create().withCourse(quizCourse.id()).join(learnerA, Instant.now());
        long question = CohortBuilder.sql("INSERT INTO question (course_id, kind, prompt) VALUES (?1, 'SINGLE_CHOICE', "
                + "'Capital?')", quizCourse.id());
        long right = CohortBuilder.sql("INSERT INTO question_option (question_id, position, text, correct) "
                + "VALUES (?1, 0, 'Ulaanbaatar', TRUE)", question);
        long wrong = CohortBuilder.sql("INSERT INTO question_option (question_id, position, text, correct) "
                + "VALUES (?1, 1, 'Darkhan', FALSE)", question);
        long otherCoursesQuestion = CohortBuilder.sql("INSERT INTO question (course_id, kind, prompt) VALUES (?1, "
                + "'SHORT_ANSWER', 'Name?')", courseA.id());
        String uid = UUID.randomUUID().toString();
        String chunk = chunk(attempt(uid, learnerA.id(), quizCourse.id(), quiz, question, wrong + "," + right, "" + right));

        Response answer = records(nodeA, chunk);
        answer.then().statusCode(200).body("acknowledged.uid", contains(uid)).body("refused", empty());
        long attemptId = ((Number) answer.path("acknowledged[0].nationalId")).longValue();
        assertEquals(1L, count("SELECT COUNT(*) FROM quiz_attempt WHERE id = ?1 AND user_id = ?2 AND item_id = ?3 "
                + "AND number = 1 AND score = 100 AND passed AND submitted_at IS NOT NULL", attemptId, learnerA.id(), quiz));
        assertEquals(1L, count("SELECT COUNT(*) FROM attempt_question WHERE attempt_id = ?1 AND question_id = ?2 "
                + "AND response = ?3 AND option_order = ?4", attemptId, question, "" + right, wrong + "," + right));
        // Again: the same attempt, not a second one.
        records(nodeA, chunk).then().statusCode(200).body("acknowledged[0].nationalId", equalTo((int) attemptId));
        assertEquals(1L, count("SELECT COUNT(*) FROM quiz_attempt WHERE user_id = ?1 AND item_id = ?2", learnerA.id(),
                quiz));
        // Another attempt from the node is the learner's second here.
        records(nodeA, chunk(attempt(UUID.randomUUID().toString(), learnerA.id(), quizCourse.id(), quiz, question,
                "", "" + wrong))).then().statusCode(200).body("acknowledged", hasSize(1));
        assertEquals(1L, count("SELECT COUNT(*) FROM quiz_attempt WHERE user_id = ?1 AND item_id = ?2 AND number = 2",
                learnerA.id(), quiz));

        // Another course's question, an option of no such question, a page that is no quiz: refused.
        records(nodeA, chunk(attempt(UUID.randomUUID().toString(), learnerA.id(), quizCourse.id(), quiz,
                otherCoursesQuestion, "", "x"),
                attempt(UUID.randomUUID().toString(), learnerA.id(), quizCourse.id(), quiz, question, "", "999999999"),
                attempt(UUID.randomUUID().toString(), learnerA.id(), courseA.id(), itemsA.get(0), question, "", "")))
                .then().statusCode(200).body("acknowledged", empty())
                .body("refused[0].reason", containsString("is not of course"))
                .body("refused[1].reason", containsString("an option named is not of question"))
                .body("refused[2].reason", containsString("is not a quiz of course"));
    }

    static String attempt(String uid, long person, long course, long item, long question, String order,
            String response) {
        return "{\"uid\":\"" + uid + "\",\"type\":\"ATTEMPT\",\"person\":" + person + ",\"course\":" + course
                + ",\"item\":" + item + ",\"startedAt\":\"2026-12-07T10:00:00Z\",\"submittedAt\":"
                + "\"2026-12-07T10:05:00Z\",\"late\":false,\"earned\":1.0,\"possible\":1,\"score\":100,"
                + "\"passed\":true,\"answers\":[{\"question\":" + question + ",\"optionOrder\":["
                + order + "],\"response\":\"" + response + "\",\"savedAt\":\"2026-12-07T10:04:00Z\",\"earned\":1.0}]}";
    }

    @Test
    void theLaterAttendanceMarkWinsAndAnOlderOneFromTheNodeIsAConflictOnTheAuditLog() {
        long session = CohortBuilder.sql("INSERT INTO f2f_session (course_id, item_id, starts_at, ends_at, place, "
                + "capacity, checkin_secret) VALUES (?1, ?2, '2026-12-07 09:00:00', '2026-12-07 10:00:00', 'Lab', 10, "
                + "RANDOM_BYTES(32))", courseA.id(), itemsA.get(0));
        records(nodeA, chunk(mark(learnerA.id(), session, "PRESENT", "2026-12-07T10:00:00Z"))).then().statusCode(200)
                .body("acknowledged[0].nationalId", equalTo((int) session));
        assertEquals(1L, count("SELECT COUNT(*) FROM attendance WHERE session_id = ?1 AND user_id = ?2 "
                + "AND status = 'PRESENT'", session, learnerA.id()));

        // A coordinator marked the seat absent here at noon; the node's mark from 11:00 arrives after it.
        CohortBuilder.sql("UPDATE attendance SET status = 'ABSENT', recorded_at = '2026-12-07 12:00:00' "
                + "WHERE session_id = ?1", session);
        records(nodeA, chunk(mark(learnerA.id(), session, "LATE", "2026-12-07T11:00:00Z"))).then().statusCode(200)
                .body("acknowledged", hasSize(1));
        assertEquals(1L, count("SELECT COUNT(*) FROM attendance WHERE session_id = ?1 AND status = 'ABSENT'", session));
        assertEquals(1, AuditRows.of("node.attendance_conflict", "session", session).size());
        // A later mark from the node wins.
        records(nodeA, chunk(mark(learnerA.id(), session, "EXCUSED", "2026-12-07T13:00:00Z"))).then().statusCode(200);
        assertEquals(1L, count("SELECT COUNT(*) FROM attendance WHERE session_id = ?1 AND status = 'EXCUSED'", session));

        // The other school's node, and a session of another item, are refused.
        records(nodeB, chunk(mark(learnerA.id(), session, "PRESENT", "2026-12-07T14:00:00Z"))).then().statusCode(200)
                .body("refused[0].reason", containsString("not one of the node's people"));
        records(nodeA, chunk(mark(learnerA.id(), session, "PRESENT", "2026-12-07T14:00:00Z")
                .replace("\"item\":" + itemsA.get(0), "\"item\":" + itemsA.get(1)))).then().statusCode(200)
                .body("refused[0].reason", containsString("is not of item"));
    }

    private String mark(long person, long session, String status, String at) {
        return "{\"uid\":\"" + UUID.randomUUID() + "\",\"type\":\"ATTENDANCE\",\"person\":" + person
                + ",\"course\":" + courseA.id() + ",\"item\":" + itemsA.get(0) + ",\"session\":" + session
                + ",\"status\":\"" + status + "\",\"method\":\"MANUAL\",\"occurredAt\":\"" + at + "\"}";
    }

    static String submission(String uid, AssignmentFixture assignment, String body, int attempts, String sha,
            long size) {
        return "{\"uid\":\"" + uid + "\",\"type\":\"SUBMISSION\",\"person\":" + assignment.learnerPerson.id()
                + ",\"course\":" + assignment.course.id() + ",\"item\":" + assignment.itemId + ",\"body\":\"" + body
                + "\",\"attempts\":" + attempts + ",\"submittedAt\":\"2026-12-07T10:00:00Z\",\"late\":false,"
                + "\"files\":[{\"sha256\":\"" + sha + "\",\"filename\":\"plan.txt\",\"mediaType\":\"text/plain\","
                + "\"size\":" + size + "}]}";
    }

    static Response records(TestNode node, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return TestNode.post("/api/node/records", body, node.sign(node.claims("POST", "/api/node/records", body).build()));
    }

    static String chunk(String... records) {
        return "{\"records\":[" + String.join(",", records) + "]}";
    }

    static String fact(String uid, long person, long course, long item, String kind) {
        return "{\"uid\":\"" + uid + "\",\"type\":\"FACT\",\"person\":" + person + ",\"course\":" + course
                + ",\"item\":" + item + ",\"kind\":\"" + kind + "\",\"score\":null,\"source\":\"web\","
                + "\"courseVersion\":1,\"occurredAt\":\"2026-12-07T09:15:02.123Z\"}";
    }

    static long count(String sql, Object... parameters) {
        return longs(sql, parameters).get(0);
    }

    static List<Long> longs(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            var query = em.createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return query.getResultList().stream().map(v -> ((Number) v).longValue()).toList();
        });
    }

}
