package org.surgalt.assignment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.assignment.AssignmentFixture.json;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/** Due dates, the cut-off and extensions; one submission however often it is sent; files that are refused or not one's own. */
@QuarkusTest
class SubmissionRulesTest {

    @Inject
    EntityManager entities;

    private static String in(long minutes) {
        return Instant.now().plus(minutes, ChronoUnit.MINUTES).toString();
    }

    private static void submit(AssignmentFixture f, Sessions.Session who, String text, int status) {
        json(who).body(Map.of("body", text)).when().post(f.api() + "/submission/submit").then().statusCode(status);
    }

    @Test
    void afterTheDueDateASubmissionIsLateAndAfterTheCutOffItIsRefusedUnlessExtended() {
        AssignmentFixture f = new AssignmentFixture();
        f.settings(Map.of("dueAt", in(-60), "cutOffAt", in(60)));
        json(f.learner).body(Map.of("body", "A bit late")).when().post(f.api() + "/submission/submit").then()
                .statusCode(200).body("late", equalTo(true)).body("state", equalTo("submitted"));

        // Past the cut-off: refused with a message that says why, and nothing is stored.
        AssignmentFixture closed = new AssignmentFixture();
        closed.settings(Map.of("dueAt", in(-120), "cutOffAt", in(-60)));
        json(closed.learner).body(Map.of("body", "Too late")).when().post(closed.api() + "/submission/submit").then()
                .statusCode(409).body("detail", containsString("closed at the cut-off"));
        json(closed.learner).body(Map.of("body", "Too late")).when().put(closed.api() + "/submission").then()
                .statusCode(409);
        json(closed.learner).when().get(closed.api() + "/submission").then().statusCode(200)
                .body("state", equalTo("none"));
        closed.learner.given().accept("text/html").when().get("/courses/{c}/assignments/{i}", closed.course.code(),
                closed.itemId).then().statusCode(200).body(containsString("Илгээх хугацаа дууссан"))
                .body(org.hamcrest.Matchers.not(containsString("name=\"action\" value=\"submit\"")));

        // A grader's extension opens it for this learner only, and the work is on time.
        json(closed.grader).body(Map.of("until", in(60))).when()
                .put(closed.api() + "/extensions/{learner}", closed.learnerPerson.id()).then().statusCode(200);
        json(closed.learner).body(Map.of("body", "With my extension")).when()
                .post(closed.api() + "/submission/submit").then().statusCode(200)
                .body("late", equalTo(false)).body("extended", equalTo(true));
        Sessions.Session other = Sessions.as(aPerson().enrolledIn(closed.course.code()).create());
        submit(closed, other, "Me too?", 409);
        // Learners do not grant extensions, not even to themselves.
        json(other).body(Map.of("until", in(60))).when().put(closed.api() + "/extensions/{learner}",
                closed.learnerPerson.id()).then().statusCode(403);
    }

    @Test
    void twoSubmitsAtOnceMakeOneSubmissionAndOneFact() throws Exception {
        AssignmentFixture f = new AssignmentFixture();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return json(f.learner).body(Map.of("body", "Double click")).when()
                            .post(f.api() + "/submission/submit").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, count("select count(*) from submission where item_id = ?1", f.itemId));
        assertEquals(1L, count("select count(*) from completion_fact where item_id = ?1 and kind = 'SUBMITTED'",
                f.itemId));
        json(f.learner).when().get(f.api() + "/submission").then().body("attempts", equalTo(1));
        json(f.grader).when().get(f.grading()).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void resubmissionIsAllowedUntilGradedOrNotAtAllWhenTheAuthorSaysSo() {
        AssignmentFixture f = new AssignmentFixture();
        submit(f, f.learner, "First try", 200);
        submit(f, f.learner, "Second try", 200);
        json(f.learner).when().get(f.api() + "/submission").then().body("attempts", equalTo(2))
                .body("body", equalTo("Second try"));
        long id = json(f.grader).when().get(f.grading()).then().extract().jsonPath().getLong("[0].id");
        long version = json(f.grader).when().get(f.grading() + "/" + id).then().extract().jsonPath().getLong("version");
        json(f.grader).body(Map.of("version", version, "points", 50)).when().post(f.grading() + "/" + id + "/grade")
                .then().statusCode(200);
        submit(f, f.learner, "Third try", 409);
        json(f.learner).body(Map.of("body", "Sneaky edit")).when().put(f.api() + "/submission").then().statusCode(409);
        json(f.grader).when().get(f.grading() + "/" + id).then().body("body", equalTo("Second try"));

        AssignmentFixture once = new AssignmentFixture();
        once.settings(Map.of("allowResubmission", false));
        submit(once, once.learner, "Only one", 200);
        // The same again (a resent form) is no change; a different text is a second submission, refused.
        submit(once, once.learner, "Only one", 200);
        json(once.learner).body(Map.of("body", "Another one")).when().post(once.api() + "/submission/submit").then()
                .statusCode(409).body("detail", containsString("one submission"));
    }

    @Test
    void aRefusedFileIsRefusedWithTheReasonAndOnlyTheOwnerReachesAFile() {
        AssignmentFixture f = new AssignmentFixture();
        String refused = Uploads.upload(f.learner, "<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8), "plan.pdf", "file");
        json(f.learner).body(Map.of("upload", refused)).when().post(f.api() + "/submission/files").then()
                .statusCode(400).body("detail", containsString("was refused"));
        // Through the page, the form shows the same reason and keeps the learner where they were.
        f.learner.given().accept("text/html").contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8"))
                .formParam("upload", refused).when()
                .post("/courses/{c}/assignments/{i}/files", f.course.code(), f.itemId).then().statusCode(400)
                .body(containsString("татгалзсан: "));

        String accepted = Uploads.upload(f.learner, "My lesson plan".getBytes(StandardCharsets.UTF_8), "plan.txt",
                "file");
        long fileId = json(f.learner).body(Map.of("upload", accepted)).when().post(f.api() + "/submission/files")
                .then().statusCode(200).extract().jsonPath().getLong("id");
        Sessions.Session other = Sessions.as(aPerson().enrolledIn(f.course.code()).create());
        other.given().when().get("/courses/{c}/assignments/{i}/files/{file}", f.course.code(), f.itemId, fileId)
                .then().statusCode(404);
        json(other).when().delete(f.api() + "/submission/files/{file}", fileId).then().statusCode(404);
        // Someone else's upload id is no upload at all.
        json(other).body(Map.of("upload", accepted)).when().post(f.api() + "/submission/files").then().statusCode(404);
        json(f.learner).when().get(f.api() + "/submission").then().body("files", hasSize(1));
        json(other).when().get(f.api() + "/submission").then().body("state", equalTo("none"))
                .body("files", hasSize(0));
    }

    private long count(String sql, long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(sql)
                .setParameter(1, itemId).getSingleResult()).longValue());
    }
}
