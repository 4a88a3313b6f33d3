package org.surgalt.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A learner fails a quiz, passes it on the second attempt, and the quiz then counts as complete. */
@QuarkusTest
class QuizJourneyTest {

    @Test
    void failingFirstAndPassingSecondCompletesTheQuiz() {
        QuizFixture quiz = new QuizFixture();
        long capital = quiz.question(QuizFixture.singleChoice("Монгол Улсын нийслэл?", "Улаанбаатар", "Дархан",
                "Эрдэнэт"));
        long province = quiz.question(Map.of("kind", "short_answer", "prompt", "Ховд аймгийн төв аль сум вэ?",
                "accepted", List.of("Жаргалант")));
        quiz.settings(List.of(capital, province), Map.of("maxAttempts", 2));

        // Attempt 1: one of two right, 50 %, below the pass mark of 60 %.
        long first = quiz.startNew();
        JsonPath open = quiz.attempt(first);
        assertTrue(open.getList("questions.options.correct.flatten()").stream().allMatch(java.util.Objects::isNull),
                "an attempt in progress never says which option is right");
        String right = QuizFixture.option(open, "questions.find { it.id == " + capital + " }.options", "Улаанбаатар");
        quiz.submit(quiz.learner, first, Map.of(String.valueOf(capital), List.of(right),
                String.valueOf(province), List.of("Ховд")))
                .statusCode(200).body("state", equalTo("submitted")).body("score", equalTo(50))
                .body("passed", equalTo(false));
        assertFalse(quiz.quizComplete(), "a failed attempt does not complete a quiz that must be passed");

        // Attempt 2: both right (the town typed in capitals, with extra spaces).
        long second = quiz.startNew();
        quiz.submit(quiz.learner, second, Map.of(String.valueOf(capital), List.of(right),
                String.valueOf(province), List.of("  ЖАРГАЛАНТ ")))
                .statusCode(200).body("score", equalTo(100)).body("passed", equalTo(true))
                .body("number", equalTo(2));
        assertTrue(quiz.quizComplete(), "the passed quiz counts as complete");

        // The review shows the answers and the correct ones, as the quiz allows.
        quiz.attempt(second);
        quiz.learner.given().when().get("/api/courses/{c}/quizzes/{i}/attempts", quiz.course.id(), quiz.quizId)
                .then().statusCode(200).body("", hasSize(2)).body("score", equalTo(List.of(50, 100)));

        // Both attempts used: a third is refused, saying why.
        quiz.start(quiz.learner).statusCode(409)
                .body("detail", equalTo("You have used all 2 attempts allowed at this quiz."));
        quiz.learner.given().accept("text/html").cookie("lang", "en").when().get("/courses/{code}/quizzes/{i}", quiz.course.code(),
                quiz.quizId).then().statusCode(200)
                .body(containsString("You have used all 2 attempts allowed at this quiz."))
                .body(not(containsString("action=\"/courses/" + quiz.course.code() + "/quizzes/" + quiz.quizId
                        + "/attempts?")));
    }

    @Test
    void theLearnerTakesTheQuizOnThePagesWithoutScript() {
        QuizFixture quiz = new QuizFixture();
        long capital = quiz.question(QuizFixture.singleChoice("Монгол Улсын нийслэл?", "Улаанбаатар", "Дархан"));
        long truth = quiz.question(Map.of("kind", "true_false", "prompt", "Ховд нь баруун аймаг.", "truth", true));
        quiz.settings(List.of(capital, truth), Map.of());
        String code = quiz.course.code();

        quiz.learner.given().accept("text/html").cookie("lang", "en").when().get("/courses/{code}/items/{i}", code, quiz.quizId)
                .then().statusCode(200).body(containsString("/courses/" + code + "/quizzes/" + quiz.quizId));
        String location = quiz.learner.given().redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.learner.csrf())
                .when().post("/courses/{code}/quizzes/{i}/attempts", code, quiz.quizId)
                .then().statusCode(303).extract().header("Location");
        String page = quiz.learner.given().accept("text/html").cookie("lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("Монгол Улсын нийслэл?")).body(containsString("name=\"q" + truth + "\""))
                .extract().asString();
        String right = QuizFixture.option(quiz.questionJson(capital), "options", "Улаанбаатар");
        assertTrue(page.contains("value=\"" + right + "\""));

        // Save first, then submit: the saved answer stays checked in between.
        quiz.learner.given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.learner.csrf())
                .formParam("shown", capital).formParam("shown", truth)
                .formParam("q" + capital, right).formParam("action", "save")
                .when().post(location).then().statusCode(303);
        quiz.learner.given().accept("text/html").cookie("lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("value=\"" + right + "\" checked"));
        quiz.learner.given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.learner.csrf())
                .formParam("shown", capital).formParam("shown", truth)
                .formParam("q" + capital, right).formParam("q" + truth, "false").formParam("action", "submit")
                .when().post(location).then().statusCode(303);
        quiz.learner.given().accept("text/html").cookie("lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("Score: 50%")).body(containsString("not passed"))
                .body(containsString("Correct answer:"));
    }
}
