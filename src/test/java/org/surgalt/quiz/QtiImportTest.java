package org.surgalt.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;

/** Importing the QTI 2.1 corpus into a course's bank, with the report of what was skipped and why. */
@QuarkusTest
class QtiImportTest {

    private static final List<String> CORPUS = List.of("interactions/audio.xml", "interactions/choice.xml",
            "interactions/extendedtext.xml", "interactions/gap_match.xml",
            "interactions/gap_match_with_duplicated_map.xml", "interactions/gap_match_with_imageObject.xml",
            "interactions/graphic_gap_match.xml", "interactions/graphic_order.xml", "interactions/hotspot.xml",
            "interactions/hottext.xml", "interactions/match.xml", "interactions/math.xml", "interactions/order.xml",
            "interactions/textEntryInteraction-inlineChoiceInteraction.xml", "interactions/textentryinteraction.xml",
            "interactions/video.xml", "otherqtis/invalid.xml", "otherqtis/test.xml", "otherqtis/withcdata.xml",
            "tests/rtest01.xml", "tests/rtest02.xml", "tests/rtest03.xml");

    @Test
    void importsTheCorpusAndReportsEverySkippedItemWithItsReason() {
        QuizFixture quiz = new QuizFixture();
        RequestSpecification request = quiz.author.given().contentType("multipart/form-data");
        for (String path : CORPUS) {
            request.multiPart("file", path, QtiReaderTest.resource(path), "application/xml");
        }
        JsonPath report = request.when().post("/api/courses/{c}/questions/qti", quiz.course.id())
                .then().statusCode(200).extract().jsonPath();

        assertEquals(new TreeSet<>(List.of("interactions/choice.xml", "interactions/math.xml",
                "otherqtis/invalid.xml", "otherqtis/test.xml", "otherqtis/withcdata.xml")),
                new TreeSet<>(report.<String>getList("imported.file")));
        Map<String, String> skipped = new TreeMap<>();
        report.<Map<String, String>>getList("skipped").forEach(s -> skipped.put(s.get("file"), s.get("reason")));
        assertEquals(CORPUS.size() - 5, skipped.size(), skipped.toString());
        assertEquals("uses hotspotInteraction, which quizzes do not support (supported: choiceInteraction, "
                + "textEntryInteraction)", skipped.get("interactions/hotspot.xml"));
        assertEquals("plays audio or video (<object>), which the import does not bring in",
                skipped.get("interactions/video.xml"));
        assertEquals("has 2 interactions (textEntryInteraction); only items with one interaction are imported",
                skipped.get("interactions/textentryinteraction.xml"));
        assertEquals("is an assessment test (a list of items), not an item; import the item files it refers to",
                skipped.get("tests/rtest02.xml"));

        // The imported questions are in the bank, with their kinds and correct answers.
        List<Map<String, Object>> bank = quiz.author.given().when().get("/api/courses/{c}/questions", quiz.course.id())
                .then().statusCode(200).body("", hasSize(5)).extract().jsonPath().getList("");
        assertEquals(List.of("single_choice", "single_choice", "short_answer", "single_choice", "single_choice"),
                bank.stream().map(q -> q.get("kind")).toList());
        quiz.author.given().when().get("/api/courses/{c}/questions", quiz.course.id()).then()
                .body("find { it.source == 'qti:otherqtis/invalid.xml#item267545' }.accepted", equalTo(List.of("53.699")));
    }

    @Test
    void importsOneItemSentAsTheXmlBodyAndRefusesOutsiders() {
        QuizFixture quiz = new QuizFixture();
        quiz.author.given().contentType("application/xml").queryParam("filename", "choice.xml")
                .body(QtiReaderTest.resource("interactions/choice.xml"))
                .when().post("/api/courses/{c}/questions/qti", quiz.course.id())
                .then().statusCode(200).body("imported[0].file", equalTo("choice.xml"))
                .body("imported[0].kind", equalTo("single_choice")).body("skipped", hasSize(0));
        quiz.learner.given().contentType("application/xml").body(QtiReaderTest.resource("interactions/choice.xml"))
                .when().post("/api/courses/{c}/questions/qti", quiz.course.id()).then().statusCode(403);
        Sessions.as(aPerson().withRole(org.surgalt.identity.Role.AUTHOR).create()).given()
                .contentType("application/xml").body(QtiReaderTest.resource("interactions/choice.xml"))
                .when().post("/api/courses/{c}/questions/qti", quiz.course.id()).then().statusCode(403);
        quiz.author.given().when().get("/api/courses/{c}/questions", quiz.course.id()).then().body("", hasSize(1));
    }

    @Test
    void theUploadFormShowsTheReport() {
        QuizFixture quiz = new QuizFixture();
        quiz.author.given().cookie("lang", "en").accept("text/html").queryParam("_csrf", quiz.author.csrf())
                .multiPart("file", "order.xml", QtiReaderTest.resource("interactions/order.xml"), "application/xml")
                .multiPart("file", "test.xml", QtiReaderTest.resource("otherqtis/test.xml"), "application/xml")
                .when().post("/author/courses/{code}/questions/qti", quiz.course.code())
                .then().statusCode(200).body(containsString("Imported 1, skipped 1"))
                .body(containsString("uses orderInteraction, which quizzes do not support"))
                .body(containsString("Hva var The South Sea-boblen?"));
    }
}
