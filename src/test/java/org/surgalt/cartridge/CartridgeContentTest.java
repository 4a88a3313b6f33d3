package org.surgalt.cartridge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.cartridge.CartridgeImportTest.author;
import static org.surgalt.cartridge.CartridgeImportTest.draft;
import static org.surgalt.cartridge.CartridgeImportTest.importCartridge;
import static org.surgalt.cartridge.CartridgeImportTest.report;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/** What the imported parts hold: pages, files, assignments with rubrics, links, threads; and whose a report is. */
@QuarkusTest
class CartridgeContentTest {

    private static JsonPath items(Sessions.Session author, JsonPath imported, long moduleId) {
        return author.given().when().get("/api/courses/{c}/modules/{m}/items?version=draft",
                imported.getLong("courseId"), moduleId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPageKeepsOnlyTheLessonAllowListAndShowsTheImportedImages() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, "rich-content-cc-file.imscc");
        Jobs.runAllDue();
        JsonPath draft = draft(author, imported);
        // Opening the draft moves inspected uploads into the file items waiting for them.
        author.given().when().get("/author/courses/{code}", draft.getString("code")).then().statusCode(200);
        JsonPath items = items(author, imported, draft.getLong("modules[0].id"));
        // file border copy.png, file shapes.jpg, page Front Page!
        String body = items.getString("[2].body.en");
        assertTrue(body.contains("<img src=\"border%20copy.png\""), body);
        assertTrue(body.contains("<img src=\"shapes.jpg\""), "$IMS_CC_FILEBASE$/files/shapes.jpg is the cartridge's "
                + "web_resources/shapes.jpg: " + body);
        assertTrue(body.contains("src=\"https://images.unsplash.com/photo-1514713350662"), body);
        for (String gone : new String[] {"IMS", "CANVAS_OBJECT_REFERENCE", "data-api", "style=", "role=", "<html",
                "<meta", "change%20300"}) {
            assertFalse(body.contains(gone), gone + " is left in " + body);
        }
        assertEquals(0, items.getList("[2].removedWhenShown").size(), "the body is already what a lesson shows");
        // The files went through the upload pipeline: inspected, their type from the bytes.
        assertEquals("border copy.png", items.getString("[0].file.filename"));
        // "border copy.png" is a JPEG (Canvas kept the name it was uploaded with): the type is the bytes'.
        assertEquals("image/jpeg", items.getString("[0].file.mediaType"));
        assertEquals("image/jpeg", items.getString("[1].file.mediaType"));
    }

    @Test
    void anAssignmentKeepsItsInstructionsPointsAndCanvasRubric() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, "assignment-rubrics.imscc");
        JsonPath draft = draft(author, imported);
        long item = draft.getLong("modules[0].items[0].id");
        // The draft's settings page, as the author edits them (the assignment API shows published courses).
        author.given().when().get("/author/courses/{code}/assignments/{i}", draft.getString("code"), item).then()
                .statusCode(200)
                .body(containsString("id=\"maxPoints\" name=\"maxPoints\" type=\"number\" min=\"1\" max=\"10000\" "
                        + "value=\"5\""))
                .body(containsString("name=\"c0_title\" value=\"Description of criterion\""))
                .body(containsString("name=\"c0_l0_title\" value=\"Full Marks\""))
                .body(containsString("name=\"c0_l0_points\" type=\"number\" min=\"0\" max=\"10000\" value=\"5\""))
                .body(containsString("name=\"c0_l1_title\" value=\"No Marks\""))
                .body(containsString("name=\"c0_l1_points\" type=\"number\" min=\"0\" max=\"10000\" value=\"0\""))
                .body(not(containsString("name=\"c1_title\" value=\"D")));
        author.given().when().get("/api/courses/{c}/modules/{m}/items/{i}?version=draft",
                imported.getLong("courseId"), draft.getLong("modules[0].id"), item).then().statusCode(200)
                .body("body.en", containsString("This assignment is rubricated."));

        JsonPath gem = importCartridge(author, "canvas_cc_gem_course.imscc");
        JsonPath gemDraft = draft(author, gem);
        author.given().when().get("/author/courses/{code}/assignments/{i}", gemDraft.getString("code"),
                gemDraft.getLong("modules[0].items[0].id")).then().statusCode(200)
                .body(containsString("name=\"maxPoints\" type=\"number\" min=\"1\" max=\"10000\" value=\"10\""));
    }

    @Test
    void aWebLinkBecomesALinkItemAndADiscussionAThreadOfTheCourseForum() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, "course-1.imscc");
        JsonPath draft = draft(author, imported);
        JsonPath items = items(author, imported, draft.getLong("modules[0].id"));
        assertEquals("link", items.getString("[3].kind"));
        assertEquals("http://google.com", items.getString("[3].url"));

        JsonPath discussion = importCartridge(author, "single-discussion.imscc");
        JsonPath forums = author.given().when().get("/api/discussion/courses/{c}/forums",
                discussion.getLong("courseId")).then().statusCode(200).extract().jsonPath();
        assertEquals(1, forums.getList("").size());
        assertEquals("Discussions", forums.getString("[0].title"));
        long thread = author.given().when().get("/api/discussion/forums/{f}", forums.getLong("[0].id")).then()
                .statusCode(200).body("threads.size()", equalTo(1)).body("threads[0].title", equalTo("Test discussion"))
                .extract().jsonPath().getLong("threads[0].id");
        author.given().when().get("/api/discussion/threads/{t}", thread).then().statusCode(200)
                .body("posts[0].html", containsString("Lorem ipsum dolor sit amet"));
    }

    @Test
    void aQti12AssessmentBecomesAQuizOfTheQuestionKindsSurgaltHas() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, "all-question-types.imscc");
        JsonPath draft = draft(author, imported);
        long courseId = imported.getLong("courseId");
        long quiz = draft.getLong("modules[0].items[0].id");
        assertEquals("quiz", draft.getString("modules[0].items[0].kind"));
        JsonPath settings = author.given().when().get("/api/courses/{c}/quizzes/{i}", courseId, quiz).then()
                .statusCode(200).extract().jsonPath();
        JsonPath bank = author.given().when().get("/api/courses/{c}/questions", courseId).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(bank.getList("id"), settings.getList("questions"), "the quiz draws on its questions, in order");
        // Multiple choice, true/false and multiple response; the essay is named in the report instead.
        assertEquals(java.util.List.of("single_choice", "true_false", "multiple_choice"), bank.getList("kind"));
        assertTrue(bank.getString("[0].prompt").contains("How many letters does the word, &#34;RED&#34; have?"),
                bank.getString("[0].prompt"));
        assertEquals(java.util.List.of("1", "2", "3", "4"), bank.getList("[0].options.text"));
        assertEquals(java.util.List.of(false, false, true, false), bank.getList("[0].options.correct"));
        JsonPath report = report(author, imported);
        assertEquals("quiz", report.getString("lines[1].outcome"));
        assertEquals("questions_left_out", report.getString("lines[1].reason"));
        assertEquals("Questions of kinds Surgalt does not have were left out: essay", report.getString("lines[1].note"));
    }

    @Test
    void canvasQuestionBankOutsideQuizzesGoesToTheBankAndUnregisteredLtiToolsAreNamed() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, "course-with-associated-content-assignments.imscc");
        long courseId = imported.getLong("courseId");
        JsonPath bank = author.given().when().get("/api/courses/{c}/questions", courseId).then().statusCode(200)
                .extract().jsonPath();
        JsonPath draft = draft(author, imported);
        java.util.List<Object> quiz = author.given().when().get("/api/courses/{c}/quizzes/{i}", courseId,
                draft.getLong("modules[0].items[2].id")).then().statusCode(200).extract().jsonPath()
                .getList("questions");
        // The bank "Unfiled Questions" holds one multiple choice question, "What is up?" (Yep is right), which
        // New Quiz has too: the question bank holds it once, with the quiz.
        java.util.List<Object> whatIsUp = bank.getList("findAll { it.prompt.contains('What is up?') }.id");
        assertEquals(1, whatIsUp.size());
        assertTrue(quiz.contains(whatIsUp.get(0)));
        assertEquals(bank.getList("id"), quiz, "the bank holds New Quiz's questions and no more");
        assertEquals("single_choice", bank.getString("find { it.prompt.contains('What is up?') }.kind"));
        assertEquals(java.util.List.of("Yep", "Nope"), bank.getList("find { it.prompt.contains('What is up?') }"
                + ".options.text"));
        assertEquals(java.util.List.of(true, false), bank.getList("find { it.prompt.contains('What is up?') }"
                + ".options.correct"));

        JsonPath report = report(author, imported);
        assertEquals("questions in the course's question bank", report.getString("lines[10].became"));
        assertEquals("question_in_quiz", report.getString("lines[11].reason"));
        assertEquals("A quiz of the cartridge has the same question, already in the question bank with it.",
                report.getString("lines[11].note"));
        assertEquals("No registered LTI tool for https://lor.instructure.com; ask an admin to register it, then "
                + "import again.", report.getString("lines[15].note"));
        assertEquals("No registered LTI tool for https://www.oercommons.org; ask an admin to register it, then "
                + "import again.", report.getString("lines[16].note"));
    }

    @Test
    void aReportIsItsAuthorsAloneAndInTheReadersLanguage() throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, "single-page.imscc");
        JsonPath english = report(author, imported);
        assertEquals("skipped", english.getString("lines[0].became"));
        assertEquals("a lesson page in “More from the cartridge”", english.getString("lines[1].became"));

        Sessions.Session mongolian = Sessions.as(aPerson().withRole(Role.AUTHOR).withLocale("mn").create());
        JsonPath mn = report(mongolian, importCartridge(mongolian, "single-page.imscc"));
        assertEquals("алгассан", mn.getString("lines[0].became"));
        assertEquals("“More from the cartridge” модулийн хичээлийн хуудас", mn.getString("lines[1].became"),
                "a course imported by a Mongolian reader still has the cartridge's (English) module name");

        mongolian.given().when().get("/api/cartridges/imports/{id}", imported.getLong("importId")).then()
                .statusCode(404);
        mongolian.given().when().get("/author/cartridges/reports/{id}", imported.getLong("importId")).then()
                .statusCode(404);
        Sessions.Session learner = Sessions.as(aPerson().create());
        learner.given().contentType(ContentType.JSON).body(Map.of("upload", "x")).when()
                .post("/api/cartridges/imports").then().statusCode(403);
    }

    @Test
    void aPackageThatIsNoCartridgeIsRefusedWithTheReason() throws IOException {
        Sessions.Session author = author();
        String upload = Uploads.upload(author, java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/packages/scorm/golf-examples/RuntimeBasicCalls_SCORM12.zip")), "golf.zip",
                "package");
        author.given().contentType(ContentType.JSON).body(Map.of("upload", upload)).when()
                .post("/api/cartridges/imports").then().statusCode(400)
                .body(containsString("is not a Common Cartridge"));
    }
}
