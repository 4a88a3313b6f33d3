package org.surgalt.quiz;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How each kind of question scores, through real attempts. Multiple choice: right minus wrong,
 * floored at zero; numeric: within the tolerance, comma or point; short answer: Mongolian case
 * and spacing do not matter, other letters do.
 */
@QuarkusTest
class QuizScoringTest {

    @Test
    void everyKindOfQuestionScoresByItsRule() {
        QuizFixture quiz = new QuizFixture();
        long single = quiz.question(QuizFixture.singleChoice("Нийслэл?", "Улаанбаатар", "Дархан"));
        long multiple = quiz.question(Map.of("kind", "multiple_choice", "prompt", "Баруун аймгууд?", "points", 3,
                "options", List.of(Map.of("text", "Ховд", "correct", true), Map.of("text", "Увс", "correct", true),
                        Map.of("text", "Баян-Өлгий", "correct", true), Map.of("text", "Дорнод", "correct", false),
                        Map.of("text", "Хэнтий", "correct", false))));
        long truth = quiz.question(Map.of("kind", "true_false", "prompt", "Ховд баруунд оршдог.", "truth", true));
        long number = quiz.question(Map.of("kind", "numeric", "prompt", "π, хоёр оронтой?", "answer", 3.14,
                "tolerance", 0.01));
        long text = quiz.question(Map.of("kind", "short_answer", "prompt", "Хамгийн баруун аймаг?",
                "accepted", List.of("Баян-Өлгий", "Bayan-Ölgii")));
        quiz.settings(List.of(single, multiple, truth, number, text), Map.of());
        JsonPath bank = quiz.questionJson(multiple);
        String khovd = QuizFixture.option(bank, "options", "Ховд");
        String uvs = QuizFixture.option(bank, "options", "Увс");
        String bayan = QuizFixture.option(bank, "options", "Баян-Өлгий");
        String dornod = QuizFixture.option(bank, "options", "Дорнод");
        String khentii = QuizFixture.option(bank, "options", "Хэнтий");
        String capital = QuizFixture.option(quiz.questionJson(single), "options", "Улаанбаатар");
        String darkhan = QuizFixture.option(quiz.questionJson(single), "options", "Дархан");

        // Right, two right + one wrong (3 × (2-1)/3 = 1), wrong, within tolerance with a comma, Mongolian in capitals.
        JsonPath first = submit(quiz, Map.of(single, List.of(capital), multiple, List.of(khovd, uvs, dornod),
                truth, List.of("false"), number, List.of("3,145"), text, List.of("  БАЯН-ӨЛГИЙ ")));
        assertEarned(first, Map.of(single, 1f, multiple, 1f, truth, 0f, number, 1f, text, 1f));
        // 4 of 7 points: 57 %, rounded down.
        org.junit.jupiter.api.Assertions.assertEquals(57, first.getInt("score"));

        // Wrong, one right + two wrong (floored at 0), right, outside tolerance, a different spelling.
        JsonPath second = submit(quiz, Map.of(single, List.of(darkhan), multiple, List.of(khovd, dornod, khentii),
                truth, List.of("true"), number, List.of("3.2"), text, List.of("Баян Өлгий")));
        assertEarned(second, Map.of(single, 0f, multiple, 0f, truth, 1f, number, 0f, text, 0f));

        // Every box ticked earns 3 × (3-2)/3 = 1; all three right earns 3; not a number earns 0; the other accepted answer.
        JsonPath third = submit(quiz, Map.of(multiple, List.of(khovd, uvs, bayan, dornod, khentii),
                number, List.of("pi"), text, List.of("bayan-ölgii")));
        assertEarned(third, Map.of(single, 0f, multiple, 1f, number, 0f, text, 1f));
        JsonPath fourth = submit(quiz, Map.of(multiple, List.of(bayan, uvs, khovd), number, List.of("3.13")));
        assertEarned(fourth, Map.of(multiple, 3f, number, 1f));
    }

    private static JsonPath submit(QuizFixture quiz, Map<Long, List<String>> answers) {
        long attempt = quiz.startNew();
        Map<String, List<String>> body = new java.util.HashMap<>();
        answers.forEach((question, values) -> body.put(String.valueOf(question), values));
        return quiz.submit(quiz.learner, attempt, body).statusCode(200).body("state", equalTo("submitted"))
                .extract().jsonPath();
    }

    private static void assertEarned(JsonPath review, Map<Long, Float> expected) {
        expected.forEach((question, points) -> org.junit.jupiter.api.Assertions.assertEquals(points,
                review.getFloat("questions.find { it.id == " + question + " }.earned"), "question " + question));
    }
}
