package org.surgalt.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.surgalt.progress.CompletionFact;

/**
 * A quiz's open and close times: no attempt starts outside them, and an attempt left open past its
 * deadline (the close, or its time limit) is closed and graded by the background job, once, with
 * the completion facts a submission records, so the dashboards count it without the learner.
 */
@QuarkusTest
class QuizWindowTest {

    @Inject
    OverdueAttempts overdue;

    @Inject
    AttemptGrading grading;

    @Inject
    EntityManager em;

    private static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void noAttemptStartsBeforeTheOpeningOrAfterTheCloseAndOneOpenAtTheCloseIsGradedThenOnce() {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        Instant opens = QuizFixture.clock().now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofHours(1));
        quiz.settings(List.of(only), Map.of("opensAt", at(opens), "closesAt", at(closes), "maxAttempts", 3));

        quiz.learner.given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .when().post("/api/courses/{c}/quizzes/{i}/attempts", quiz.course.id(), quiz.quizId)
                .then().statusCode(409).body("detail", equalTo("This quiz is not open yet."));
        quiz.learner.given().accept("text/html").when()
                .get("/courses/{code}/quizzes/{i}", quiz.course.code(), quiz.quizId).then().statusCode(200)
                .body(containsString("Энэ шалгалт одоогоор нээгдээгүй байна.")).body(containsString("хаагдана"));

        QuizFixture.clock().advance(Duration.between(QuizFixture.clock().now(), opens).plusSeconds(1));
        long attempt = quiz.startNew();
        // No time limit: the attempt ends at the close.
        assertEquals(closes, Instant.parse(quiz.attempt(attempt).getString("deadline")));
        String yes = QuizFixture.option(quiz.questionJson(only), "options", "тийм");
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(only), List.of(yes))).statusCode(200);

        QuizFixture.clock().advance(Duration.between(QuizFixture.clock().now(), closes).plusSeconds(1));
        assertEquals(0, quiz.facts(CompletionFact.Kind.SUBMITTED), "nothing happens before the job runs");
        overdue.closeDue();
        overdue.closeDue();
        assertEquals(1, quiz.facts(CompletionFact.Kind.SUBMITTED), "graded once, whatever the job's runs");
        assertEquals(1, quiz.facts(CompletionFact.Kind.PASSED));
        assertTrue(quiz.quizComplete(), "the learner's progress counts it without their coming back");
        quiz.learner.given().when().get("/api/courses/{c}/quizzes/{i}/attempts", quiz.course.id(), quiz.quizId)
                .then().statusCode(200).body("[0].state", equalTo("submitted")).body("[0].score", equalTo(100));

        quiz.learner.given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .when().post("/api/courses/{c}/quizzes/{i}/attempts", quiz.course.id(), quiz.quizId)
                .then().statusCode(409).body("detail", equalTo("This quiz is closed."));
    }

    @Test
    void aTimedAttemptLeftPastItsLimitIsClosedByTheJobWithWhatWasSavedByOneCloserOnly() throws Exception {
        QuizFixture quiz = new QuizFixture();
        long first = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        long second = quiz.question(QuizFixture.singleChoice("Хоёр?", "тийм", "үгүй"));
        quiz.settings(List.of(first, second), Map.of("timeLimitSeconds", 60));
        long attempt = quiz.startNew();
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(first),
                List.of(QuizFixture.option(quiz.questionJson(first), "options", "тийм")))).statusCode(200);
        QuizFixture.clock().advance(Duration.ofSeconds(61));

        // Two instances' jobs reach the attempt at the same moment: one closes it.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> closers = List.of(() -> grading.closeIfOverdue(attempt),
                    () -> grading.closeIfOverdue(attempt));
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(closers)) {
                results.add(result.get());
            }
            assertEquals(1, results.stream().filter(Boolean::booleanValue).count(), results.toString());
        } finally {
            pool.shutdown();
        }
        assertFalse(grading.closeIfOverdue(attempt), "a later run finds it closed");
        assertEquals(1, quiz.facts(CompletionFact.Kind.SUBMITTED));
        assertEquals(0, quiz.facts(CompletionFact.Kind.PASSED), "50 % is below the pass mark");
        assertEquals(50, quiz.attempt(attempt).getInt("score"));
    }

    @Test
    void aCloseSetWhileAnAttemptIsOpenEndsItThenAndTheChangeIsAudited() {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        quiz.settings(List.of(only), Map.of());
        long attempt = quiz.startNew();
        assertEquals(null, quiz.attempt(attempt).getString("deadline"));

        Instant closes = QuizFixture.clock().now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        quiz.settings(List.of(only), Map.of("closesAt", at(closes)));
        assertEquals(closes, Instant.parse(quiz.attempt(attempt).getString("deadline")));
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'quiz.times' AND object_type = 'item' "
                        + "AND object_id = :id AND after_state LIKE :closes")
                .setParameter("id", String.valueOf(quiz.quizId)).setParameter("closes", "%closesAt%")
                .getSingleResult()).longValue());
        assertEquals(1, audited);

        Map<String, Object> backwards = new HashMap<>(Map.of("questions", List.of(only), "review", "answers",
                "opensAt", at(closes), "closesAt", at(closes.minusSeconds(60))));
        quiz.author.given().header("Accept-Language", "en").contentType(ContentType.JSON).body(backwards)
                .when().put("/api/courses/{c}/quizzes/{i}", quiz.course.id(), quiz.quizId).then().statusCode(400)
                .body(containsString("must be after the time the quiz opens"));
    }
}
