package org.surgalt.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The authors' pages: the bank's form keeps what was typed when refused, and the quiz settings form. */
@QuarkusTest
class QuizAuthorPagesTest {

    @Test
    void aRefusedQuestionKeepsWhatWasTypedAndAGoodOneIsAdded() {
        QuizFixture quiz = new QuizFixture();
        String code = quiz.course.code();
        // Two options marked correct for a single choice: refused, the typed text comes back.
        quiz.author.given().cookie("lang", "en").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.author.csrf()).redirects().follow(false)
                .formParam("kind", "single_choice").formParam("prompt", "Аль нь аймгийн төв вэ?")
                .formParam("options", "*Жаргалант\n*Мянгад\nБулган")
                .when().post("/author/courses/{code}/questions", code)
                .then().statusCode(400).body(containsString("must have exactly one correct option"))
                .body(containsString("Аль нь аймгийн төв вэ?")).body(containsString("*Мянгад"));
        quiz.author.given().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.author.csrf()).redirects().follow(false)
                .formParam("kind", "single_choice").formParam("prompt", "Аль нь аймгийн төв вэ?")
                .formParam("options", "*Жаргалант\nМянгад\nБулган").formParam("points", "2")
                .when().post("/author/courses/{code}/questions", code).then().statusCode(303);
        long id = quiz.author.given().when().get("/api/courses/{c}/questions", quiz.course.id()).then()
                .body("", hasSize(1)).body("[0].points", equalTo(2))
                .body("[0].options.correct", equalTo(List.of(true, false, false)))
                .extract().jsonPath().getLong("[0].id");

        // The quiz settings page lists the bank; saving puts the question in the quiz.
        quiz.author.given().cookie("lang", "en").when().get("/author/quizzes/{code}/{i}", code, quiz.quizId)
                .then().statusCode(200).body(containsString("value=\"" + id + "\""));
        quiz.author.given().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.author.csrf()).redirects().follow(false)
                .formParam("question", id).formParam("maxAttempts", "3").formParam("timeLimitMinutes", "10")
                .formParam("review", "score").formParam("shuffleOptions", "on")
                .when().post("/author/quizzes/{code}/{i}", code, quiz.quizId).then().statusCode(303);
        quiz.author.given().when().get("/api/courses/{c}/quizzes/{i}", quiz.course.id(), quiz.quizId).then()
                .body("questions", equalTo(List.of((int) id))).body("maxAttempts", equalTo(3))
                .body("timeLimitSeconds", equalTo(600)).body("review", equalTo("score"))
                .body("shuffleOptions", equalTo(true));
        // A draw larger than the pool is refused on the page, keeping the form.
        quiz.author.given().cookie("lang", "en").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .queryParam("_csrf", quiz.author.csrf()).redirects().follow(false)
                .formParam("question", id).formParam("draw", "5").formParam("review", "score")
                .when().post("/author/quizzes/{code}/{i}", code, quiz.quizId).then().statusCode(400)
                .body(containsString("must be from 1 to the number of questions chosen (1)"));

        // The learner's quiz page, in Mongolian.
        quiz.learner.given().cookie("lang", "mn").when().get("/courses/{code}/quizzes/{i}", code, quiz.quizId)
                .then().statusCode(200).body(containsString("Оролдлого эхлүүлэх"))
                .body(containsString("Оролдлогын тоо: 3")).body(containsString("10:00"));
    }
}
