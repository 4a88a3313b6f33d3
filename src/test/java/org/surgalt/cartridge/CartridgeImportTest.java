package org.surgalt.cartridge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * The twelve cartridges of the corpus (Instructure's common-cartridge-viewer test cartridges, MIT)
 * imported through the real upload pipeline and API: each report says, resource by resource and in
 * manifest order, what it became or why it was skipped, and the draft holds exactly those items.
 * Lines read "outcome/reason/title".
 */
@QuarkusTest
class CartridgeImportTest {

    static final Path CARTRIDGES = Path.of("src/test/resources/packages/common-cartridge");
    private static final String MORE = "More from the cartridge";

    record Expected(String file, String title, List<String> lines, List<String> modules) {
    }

    static List<Expected> corpus() {
        return List.of(
                new Expected("all-question-types.imscc", "XavierSchool", List.of(
                        "skipped/supporting/canvas_export.txt",
                        // its essay question is left out (see CartridgeContentTest)
                        "quiz/questions_left_out/ALL QUESTION TYPES QUIZ",
                        "skipped/supporting/assessment_meta.xml"), List.of(MORE + ": quiz ALL QUESTION TYPES QUIZ")),
                new Expected("assignment-rubrics.imscc", "Course with An Assignment that Has a Rubric", List.of(
                        "skipped/supporting/canvas_export.txt",
                        "assignment/none/Rubricated Assignment",
                        "skipped/alternative/rubricated-assignment.html"),
                        List.of(MORE + ": assignment Rubricated Assignment")),
                new Expected("canvas_cc_gem_course.imscc", "Canvas CC Gem Course", List.of(
                        "skipped/supporting/canvas_export.txt",
                        "skipped/supporting/syllabus.html",
                        "assignment/none/Course with Known Submission Type",
                        "assignment/none/Course with Unknown Submission Type",
                        "assignment/none/Course with Missing Submission Type"),
                        List.of(MORE + ": assignment Course with Known Submission Type, assignment Course with Unknown "
                                + "Submission Type, assignment Course with Missing Submission Type")),
                new Expected("course-1.imscc", "COURSE-for-modules-testing", List.of(
                        "assignment/none/First Module Assignment 1",
                        "quiz/none/First Module Quiz 1",
                        "page/none/First Module Wiki Page 1",
                        "thread/none/First Module Discussion 1",
                        "skipped/heading/First Module Text Header 1",
                        "link/none/First Module External URL 1",
                        "file/none/Sample Document",
                        "skipped/missing_resource/First Module AnalyTics Beta External Tool",
                        "file/none/photo.jpg",
                        "assignment/none/Assignment with internal links",
                        "page/none/The First Measured Century: 1930-1960 (60:00)",
                        "skipped/supporting/canvas_export.txt",
                        "skipped/alternative/first-module-assignment-1.html",
                        "skipped/supporting/i678d44e443b4498882d9ea2e935404ed.xml",
                        // Canvas' question bank, outside any quiz; its one question is the quiz's too
                        "bank/none/Unfiled Questions",
                        "skipped/question_in_quiz/First Question Multiple Choice",
                        "skipped/supporting/assessment_meta.xml",
                        "skipped/alternative/assignment-with-internal-and-external-links.html",
                        // the same file as the item "photo.jpg": one file item
                        "file/none/photo.jpg",
                        "skipped/missing_file/sample.mp3",
                        "skipped/missing_file/published-document.pdf",
                        "skipped/missing_file/unpublished-document.pdf"),
                        List.of("First Module: assignment First Module Assignment 1, quiz First Module Quiz 1, "
                                + "page First Module Wiki Page 1, "
                                + "link First Module External URL 1, file Sample Document, file photo.jpg, assignment "
                                + "Assignment with internal links, page The First Measured Century: 1930-1960 (60:00)")),
                new Expected("course-with-associated-content-assignments.imscc", "DocViewer", List.of(
                        "assignment/none/Published Assignment",
                        "assignment/none/Unpublished Assignment",
                        "quiz/none/New Quiz",
                        // the manifest names no file for it
                        "skipped/missing_file/Other Quiz",
                        "skipped/supporting/canvas_export.txt",
                        "page/none/Learning",
                        "thread/none/Discuss This",
                        "skipped/supporting/i2d2420e53aaf53f5ac4a4495e0c8cb70.xml",
                        "thread/none/Announcement",
                        "skipped/supporting/i3234c7340f8a8c14e4ebef7e39b3ba0c.xml",
                        // its one question is New Quiz's too, imported with the quiz
                        "bank/none/Unfiled Questions",
                        "skipped/question_in_quiz/Question",
                        "skipped/supporting/assessment_meta.xml",
                        "skipped/supporting/assessment_meta.xml",
                        "file/none/sample-document.pdf",
                        // no LTI tool of lor.instructure.com or www.oercommons.org is registered here
                        "skipped/no_lti_tool/Canvas Commons",
                        "skipped/no_lti_tool/OER Commons"),
                        List.of("Some Assignments: assignment Published Assignment, assignment Unpublished Assignment, "
                                + "quiz New Quiz",
                                MORE + ": page Learning, file sample-document.pdf")),
                new Expected("course-with-no-showable-resources.imscc", "XavierSchool", List.of(
                        "skipped/missing_resource/Copy of xmenusers",
                        "skipped/missing_resource/Monthly budget",
                        "skipped/missing_resource/Project proposal",
                        "skipped/missing_resource/slash/filename",
                        "skipped/missing_resource/Slides template orange",
                        "skipped/supporting/canvas_export.txt"), List.of()),
                new Expected("grouptest.zip", "questionGroupCourse", List.of(
                        "quiz/questions_left_out/Grouped questions",
                        "quiz/questions_left_out/Mixed Quiz",
                        "quiz/none/Ungrouped Quiz",
                        "skipped/supporting/canvas_export.txt",
                        // Canvas' bank, question by question: its kinds (short answer, multiple
                        // dropdowns, multiple choice, multiple answers, true/false, essay), two
                        // multiple choice questions without a prompt, and three the quizzes have too
                        "bank/questions_left_out/Unfiled Questions",
                        "skipped/question_in_quiz/Q1",
                        "skipped/question_kind/Q2",
                        "skipped/question_unreadable/Question",
                        "bank_question/none/Question",
                        "skipped/question_in_quiz/Question 1",
                        "skipped/question_kind/Question 1",
                        "skipped/question_unreadable/Question 2",
                        "skipped/question_kind/Question 3",
                        "skipped/question_in_quiz/Question 3",
                        "skipped/question_kind/Question 5",
                        "skipped/supporting/assessment_meta.xml",
                        "skipped/supporting/assessment_meta.xml",
                        "skipped/supporting/assessment_meta.xml"),
                        List.of("md 1: quiz Grouped questions, quiz Mixed Quiz, quiz Ungrouped Quiz")),
                new Expected("latex.imscc", "LaTeX Equations", List.of(
                        "page/none/Page 1",
                        "page/none/Page 2",
                        "skipped/supporting/canvas_export.txt"),
                        List.of("Example Module: page Page 1, page Page 2")),
                new Expected("multiple-pages.imscc", "Cartridge With Multiple Pages", List.of(
                        "skipped/supporting/canvas_export.txt",
                        "page/none/First Page",
                        "page/none/Second Page",
                        "page/none/Third Page"),
                        List.of(MORE + ": page First Page, page Second Page, page Third Page")),
                new Expected("rich-content-cc-file.imscc", "Dhealey Main 1", List.of(
                        "skipped/supporting/canvas_export.txt",
                        // its link to "change 300 dpi.pdf", which the cartridge lacks, is dropped
                        "page/missing_linked_files/Front Page!",
                        "file/none/border copy.png",
                        "file/none/shapes.jpg"),
                        // the page's images came first, so their file items precede it
                        List.of(MORE + ": file border copy.png, file shapes.jpg, page Front Page!")),
                new Expected("single-assignment.imscc", "My test", List.of(
                        "skipped/supporting/canvas_export.txt",
                        "assignment/none/Assignment",
                        "skipped/alternative/assignment.html"),
                        List.of(MORE + ": assignment Assignment")),
                new Expected("single-discussion.imscc", "My test", List.of(
                        "skipped/supporting/canvas_export.txt",
                        "thread/attachments_left_out/Test discussion",
                        "skipped/supporting/i7fac0f312ee5882a99ff375113f6906a.xml",
                        "file/none/preferences-color.png"),
                        List.of(MORE + ": file preferences-color.png")),
                new Expected("single-page.imscc", "Single Page Cartridge", List.of(
                        "skipped/supporting/canvas_export.txt",
                        "page/none/Our Purpose"),
                        List.of(MORE + ": page Our Purpose")));
    }

    static Sessions.Session author() {
        return Sessions.as(aPerson().withRole(Role.AUTHOR).withLocale("en").create());
    }

    static JsonPath importCartridge(Sessions.Session author, String file) throws IOException {
        return importBytes(author, Files.readAllBytes(CARTRIDGES.resolve(file)), file);
    }

    static JsonPath importBytes(Sessions.Session author, byte[] bytes, String file) {
        String upload = Uploads.upload(author, bytes, file, "package");
        return author.given().contentType(ContentType.JSON).body(Map.of("upload", upload))
                .when().post("/api/cartridges/imports").then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/api/cartridges/imports/")).extract().jsonPath();
    }

    static JsonPath report(Sessions.Session author, JsonPath imported) {
        return author.given().when().get("/api/cartridges/imports/{id}", imported.getLong("importId")).then()
                .statusCode(200).extract().jsonPath();
    }

    static JsonPath draft(Sessions.Session author, JsonPath imported) {
        return author.given().when().get("/api/courses/{c}?version=draft", imported.getLong("courseId")).then()
                .statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachCartridgeImportsWithAReportOfEachResource(Expected expected) throws IOException {
        Sessions.Session author = author();
        JsonPath imported = importCartridge(author, expected.file());
        JsonPath report = report(author, imported);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < report.getList("lines").size(); i++) {
            String line = "lines[" + i + "].";
            lines.add(report.getString(line + "outcome") + "/" + report.getString(line + "reason") + "/"
                    + report.getString(line + "title"));
            assertFalse(report.getString(line + "became").isBlank(), "every line says what it became, in words");
            assertEquals(report.getString(line + "reason").equals("none"), report.getString(line + "note").isEmpty(),
                    "a line has words for its note exactly when it has one");
        }
        assertEquals(expected.lines(), lines);
        assertEquals(expected.file(), report.getString("filename"));

        JsonPath draft = draft(author, imported);
        assertEquals(expected.title(), draft.getString("title.en"));
        assertEquals("draft", draft.getString("version"));
        List<String> modules = new ArrayList<>();
        for (int m = 0; m < draft.getList("modules").size(); m++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < draft.getList("modules[" + m + "].items").size(); i++) {
                String item = "modules[" + m + "].items[" + i + "].";
                items.add(draft.getString(item + "kind") + " " + draft.getString(item + "title.en"));
            }
            modules.add(draft.getString("modules[" + m + "].title.en") + ": " + String.join(", ", items));
        }
        assertEquals(expected.modules(), modules);
        long threads = expected.lines().stream().filter(l -> l.startsWith("thread/")).count();
        assertEquals(threads, imported.getInt("threads"));
    }
}
