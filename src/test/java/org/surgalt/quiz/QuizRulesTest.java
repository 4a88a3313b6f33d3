package org.surgalt.quiz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.progress.CompletionFact;
import org.surgalt.testsupport.Sessions;

/** The server's rules for attempts: time limits, bad input, double submissions, who sees what, random draws. */
@QuarkusTest
class QuizRulesTest {

    @Test
    void answersAfterTheDeadlineDoNotCount() {
        QuizFixture quiz = new QuizFixture();
        long first = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        long second = quiz.question(QuizFixture.singleChoice("Хоёр?", "тийм", "үгүй"));
        quiz.settings(List.of(first, second), Map.of("timeLimitSeconds", 60));
        String yes1 = QuizFixture.option(quiz.questionJson(first), "options", "тийм");
        String yes2 = QuizFixture.option(quiz.questionJson(second), "options", "тийм");

        long attempt = quiz.startNew();
        assertTrue(quiz.attempt(attempt).getString("deadline") != null, "the deadline is fixed at the start");
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(first), List.of(yes1))).statusCode(200);
        QuizFixture.clock().advance(Duration.ofSeconds(61));

        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(second), List.of(yes2))).statusCode(409);
        // Submitted late with both answers: only the one saved in time counts.
        quiz.submit(quiz.learner, attempt, Map.of(String.valueOf(first), List.of(yes1), String.valueOf(second),
                List.of(yes2))).statusCode(200).body("late", equalTo(true)).body("score", equalTo(50))
                .body("questions.find { it.id == " + second + " }.response", hasSize(0));
    }

    @Test
    void anAttemptLeftOpenPastItsDeadlineIsFinishedWithWhatWasSaved() {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        quiz.settings(List.of(only), Map.of("timeLimitSeconds", 30, "maxAttempts", 2));
        String yes = QuizFixture.option(quiz.questionJson(only), "options", "тийм");
        long attempt = quiz.startNew();
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(only), List.of(yes))).statusCode(200);
        QuizFixture.clock().advance(Duration.ofSeconds(31));

        // Coming back, the learner finds it graded, passed (and complete), and may start the next.
        quiz.learner.given().when().get("/api/courses/{c}/quizzes/{i}/attempts", quiz.course.id(), quiz.quizId)
                .then().statusCode(200).body("[0].state", equalTo("submitted")).body("[0].late", equalTo(true))
                .body("[0].score", equalTo(100));
        assertEquals(1, quiz.facts(CompletionFact.Kind.PASSED));
        assertTrue(quiz.quizComplete());
        quiz.start(quiz.learner).statusCode(201).body("number", equalTo(2));
    }

    @Test
    void anAnswerToAQuestionNotInTheAttemptChangesNothing() {
        QuizFixture quiz = new QuizFixture();
        long asked = quiz.question(QuizFixture.singleChoice("Асуусан?", "тийм", "үгүй"));
        long other = quiz.question(QuizFixture.singleChoice("Асуугаагүй?", "тийм", "үгүй"));
        quiz.settings(List.of(asked), Map.of());
        String yes = QuizFixture.option(quiz.questionJson(asked), "options", "тийм");
        String no = QuizFixture.option(quiz.questionJson(asked), "options", "үгүй");
        String otherYes = QuizFixture.option(quiz.questionJson(other), "options", "тийм");
        long attempt = quiz.startNew();
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(asked), List.of(yes))).statusCode(200);

        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(asked), List.of(no), String.valueOf(other),
                List.of(otherYes))).statusCode(400).body("errors[0].field", equalTo("answers." + other));
        // An option of another question, two options for a single choice, nonsense for true/false: refused too.
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(asked), List.of(otherYes))).statusCode(400);
        quiz.save(quiz.learner, attempt, Map.of(String.valueOf(asked), List.of(yes, no))).statusCode(400);
        quiz.submit(quiz.learner, attempt, Map.of("not-a-question", List.of("x"))).statusCode(400);
        assertEquals(List.of(yes), quiz.attempt(attempt).getList("questions[0].response"));
        assertEquals("open", quiz.attempt(attempt).getString("state"));
        assertEquals(0, quiz.facts(CompletionFact.Kind.SUBMITTED));
    }

    @Test
    void forgedAndOtherPeoplesAttemptsAreNotFound() {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        quiz.settings(List.of(only), Map.of());
        long attempt = quiz.startNew();
        Sessions.Session classmate = Sessions.as(aPerson().enrolledIn(quiz.course.code()).create());
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        for (Sessions.Session someone : List.of(classmate, admin, quiz.author)) {
            someone.given().when().get("/api/courses/{c}/quizzes/{i}/attempts/{a}", quiz.course.id(), quiz.quizId,
                    attempt).then().statusCode(404);
            quiz.save(someone, attempt, Map.of()).statusCode(404);
            quiz.submit(someone, attempt, Map.of()).statusCode(404);
        }
        quiz.submit(quiz.learner, attempt + 1_000_000, Map.of()).statusCode(404);
        classmate.given().accept("text/html").when().get("/courses/{code}/quizzes/{i}/attempts/{a}",
                quiz.course.code(), quiz.quizId, attempt).then().statusCode(404);
        assertEquals("open", quiz.attempt(attempt).getString("state"));
    }

    @Test
    void aSecondSubmissionIsAConflictAndTwoAtOnceMakeOneResult() throws Exception {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        quiz.settings(List.of(only), Map.of());
        String yes = QuizFixture.option(quiz.questionJson(only), "options", "тийм");

        long first = quiz.startNew();
        quiz.submit(quiz.learner, first, Map.of(String.valueOf(only), List.of(yes))).statusCode(200);
        quiz.submit(quiz.learner, first, Map.of()).statusCode(409)
                .body("detail", equalTo("This attempt was submitted already."));
        quiz.save(quiz.learner, first, Map.of()).statusCode(409);

        long second = quiz.startNew();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> submissions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                submissions.add(() -> quiz.submit(quiz.learner, second, Map.of(String.valueOf(only), List.of(yes)))
                        .extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(submissions)) {
                statuses.add(status.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, quiz.facts(CompletionFact.Kind.SUBMITTED), "one fact per attempt, not per request");
        assertEquals(2, quiz.facts(CompletionFact.Kind.PASSED));
    }

    @Test
    void learnersSeeOfAFinishedAttemptWhatTheAuthorAllows() {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        quiz.settings(List.of(only), Map.of("review", "nothing"));
        long hidden = quiz.startNew();
        quiz.submit(quiz.learner, hidden, Map.of()).statusCode(200).body("score", nullValue())
                .body("passed", nullValue()).body("questions", hasSize(0));
        quiz.settings(List.of(only), Map.of("review", "score"));
        quiz.learner.given().when().get("/api/courses/{c}/quizzes/{i}/attempts/{a}", quiz.course.id(), quiz.quizId,
                hidden).then().statusCode(200).body("score", equalTo(0)).body("questions", hasSize(0));
        quiz.settings(List.of(only), Map.of("review", "answers"));
        assertEquals(List.of(true, false), quiz.attempt(hidden).getList("questions[0].options.correct"));
    }

    @Test
    void eachAttemptDrawsItsOwnQuestionsAndOptionOrderAndKeepsThem() {
        QuizFixture quiz = new QuizFixture();
        List<Long> pool = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            pool.add(quiz.question(QuizFixture.singleChoice("Асуулт " + i, "А", "Б", "В", "Г", "Д")));
        }
        quiz.settings(pool, Map.of("draw", 2, "shuffleOptions", true));
        List<String> bankOrder = quiz.questionJson(pool.get(0)).getList("options.text");
        Set<Set<Long>> drawn = new HashSet<>();
        boolean shuffled = false;
        for (int i = 0; i < 8; i++) {
            long attempt = quiz.startNew();
            JsonPath open = quiz.attempt(attempt);
            List<Long> ids = open.getList("questions.id", Long.class);
            assertEquals(2, new HashSet<>(ids).size());
            assertTrue(pool.containsAll(ids));
            List<List<String>> orders = open.getList("questions.options.text");
            assertEquals(ids, quiz.attempt(attempt).getList("questions.id", Long.class), "the draw is kept");
            assertEquals(orders, quiz.attempt(attempt).getList("questions.options.text"), "the order is kept");
            shuffled |= orders.stream().anyMatch(order -> !order.equals(bankOrder));
            drawn.add(new HashSet<>(ids));
            quiz.submit(quiz.learner, attempt, Map.of()).statusCode(200);
        }
        assertTrue(drawn.size() > 1, "eight attempts drew the same two questions every time: " + drawn);
        assertTrue(shuffled, "no attempt shuffled any options");
    }

    @Test
    void onlyTheCoursesAuthorsKeepItsBankAndOnlyEnrolledLearnersTakeItsQuizzes() {
        QuizFixture quiz = new QuizFixture();
        long only = quiz.question(QuizFixture.singleChoice("Нэг?", "тийм", "үгүй"));
        quiz.settings(List.of(only), Map.of());
        Sessions.Session otherAuthor = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        Sessions.Session grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, quiz.course.id()))
                .create());
        for (Sessions.Session outsider : List.of(quiz.learner, otherAuthor, grader)) {
            outsider.given().when().get("/api/courses/{c}/questions", quiz.course.id()).then().statusCode(403);
            outsider.given().contentType("application/json").body(QuizFixture.singleChoice("x", "a", "b"))
                    .when().post("/api/courses/{c}/questions", quiz.course.id()).then().statusCode(403);
            outsider.given().contentType("application/json").body(Map.of("questions", List.of(), "review", "score"))
                    .when().put("/api/courses/{c}/quizzes/{i}", quiz.course.id(), quiz.quizId).then().statusCode(403);
        }
        // Not enrolled: the author and the grader read the quiz page but do not start attempts.
        quiz.start(quiz.author).statusCode(403);
        quiz.start(grader).statusCode(403);
        quiz.start(otherAuthor).statusCode(403);
        // A question of another course is not this bank's, not even by id.
        QuizFixture elsewhere = new QuizFixture();
        elsewhere.author.given().when().get("/api/courses/{c}/questions/{q}", elsewhere.course.id(), only)
                .then().statusCode(404);
        elsewhere.author.given().contentType("application/json").body(Map.of("questions", List.of(only),
                "review", "score")).when().put("/api/courses/{c}/quizzes/{i}", elsewhere.course.id(),
                        elsewhere.quizId).then().statusCode(400);
    }
}
