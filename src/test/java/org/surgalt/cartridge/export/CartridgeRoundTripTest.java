package org.surgalt.cartridge.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.surgalt.assignment.Assignment;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.content.AssetStore;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.lti.LtiLinkService;
import org.surgalt.lti.LtiTools;
import org.surgalt.quiz.QuestionContent;
import org.surgalt.quiz.QuestionKind;
import org.surgalt.quiz.QuizService;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Uploads;
import org.surgalt.web.MarkdownRenderer;

/**
 * A course with an item of every kind, published, exported as a Common Cartridge 1.3 and imported
 * back through the cartridge import into a new draft: compared item by item (titles, order, kinds,
 * lesson text, file bytes, link addresses, the assignment's rubric, the quiz's questions and answers),
 * with the import's report naming nothing skipped but what Surgalt's import leaves out on purpose.
 */
@QuarkusTest
class CartridgeRoundTripTest {

    @Inject
    CourseService courses;
    @Inject
    AssignmentService assignments;
    @Inject
    QuizService quizzes;
    @Inject
    AssetStore assets;
    @Inject
    MarkdownRenderer renderer;

    @Test
    void aCourseOfEveryKindComesBackFromItsCartridgeItemByItem() throws IOException {
        EveryKindCourse source = EveryKindCourse.publish();
        LtiTools.registeredAt(EveryKindCourse.TOOL_ORIGIN);
        byte[] cartridge = source.export();
        String upload = Uploads.upload(source.session(), cartridge, source.code() + ".imscc", "package");
        JsonPath imported = source.session().given().contentType(ContentType.JSON).body(Map.of("upload", upload))
                .when().post("/api/cartridges/imports").then().statusCode(201).extract().jsonPath();
        Jobs.runAllDue();
        long copyId = imported.getLong("courseId");
        // Opening the draft moves inspected uploads into the file items waiting for them.
        source.session().given().when().get("/author/courses/{code}", imported.getString("code")).then()
                .statusCode(200);
        CourseContent original = QuarkusTransaction.requiringNew().call(() -> courses.content(
                EveryKindCourse.viewer(source.author(), source.courseId()), courses.course(source.courseId()),
                Integer.toString(source.version())));
        CourseContent copy = QuarkusTransaction.requiringNew().call(() -> CourseContent.ofDraft(courses.course(copyId)));

        assertEquals(original.title().en(), copy.title().en());
        // The organisation: the modules in order, each with its items' kinds and titles in order. The
        // session is a page (Common Cartridge has no face-to-face sessions); the lesson image no item
        // carries comes back as a file in the import's last module. The LTI link comes back as an LTI
        // item of the tool registered at its origin, with its custom parameters as they were given.
        assertEquals(List.of(
                "Module 1: page Page 1.1, page Start here, file Course notes, link Further reading, assignment Essay, "
                        + "quiz Check yourself, lti Simulation, page Workshop day",
                "Module 2: page Page 2.1",
                "More from the cartridge: file diagram.png"), outline(copy));
        ItemContent lti = item(copy, "Simulation");
        assertEquals(EveryKindCourse.TOOL, lti.url());
        assertEquals(EveryKindCourse.CUSTOM, QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(LtiLinkService.class).get().customOf(EveryKindCourse.viewer(source.author(), copyId),
                        courses.course(copyId), lti.id(), lti.url())));
        assertEquals(List.of(
                "Module 1: page Page 1.1, page Start here, file Course notes, link Further reading, assignment Essay, "
                        + "quiz Check yourself, lti Simulation, session Workshop day",
                "Module 2: page Page 2.1"), outline(original));

        // Lesson text: the same words, the image shown from and the link pointing at the imported files.
        ItemContent lesson = item(copy, "Start here");
        assertEquals(text(item(original, "Start here")), text(lesson));
        Document shown = Jsoup.parse(renderer.render(lesson.body().en()).toString());
        assertEquals("diagram.png", shown.selectFirst("img").attr("src"));
        assertEquals("A diagram", shown.selectFirst("img").attr("alt"));
        assertEquals("notes.txt", shown.selectFirst("a").attr("href"));
        assertEquals(text(item(original, "Workshop day")), text(item(copy, "Workshop day")));
        assertEquals(text(item(original, "Page 2.1")), text(item(copy, "Page 2.1")));

        // Files: the same bytes.
        assertArrayEquals(EveryKindCourse.NOTES, bytes(item(copy, "Course notes")));
        assertEquals("notes.txt", item(copy, "Course notes").file().filename());
        assertArrayEquals(EveryKindCourse.DIAGRAM, bytes(item(copy, "diagram.png")));

        assertEquals(EveryKindCourse.LINK, item(copy, "Further reading").url());

        // The assignment: its instructions, points and rubric, criterion by criterion and level by level.
        ItemContent essay = item(copy, "Essay");
        assertEquals(text(item(original, "Essay")), text(essay));
        Assignment grading = QuarkusTransaction.requiringNew().call(() -> {
            Assignment found = assignments.settings(copyId, essay.id());
            found.rubric().forEach(criterion -> criterion.levels().size());
            return found;
        });
        // With a rubric, an assignment is worth its criteria's best levels (10 + 4).
        assertEquals(14, grading.maxPoints());
        assertEquals(EveryKindCourse.RUBRIC.stream().map(CartridgeRoundTripTest::criterion).toList(),
                grading.rubric().stream().map(c -> criterion(new Assignment.NewCriterion(c.title(), c.description(),
                        c.levels().stream().map(l -> new Assignment.NewLevel(l.title(), l.points())).toList())))
                        .toList());

        // The quiz: every question Common Cartridge has a kind for, with its answers; the numeric one is left out.
        ItemContent quiz = item(copy, "Check yourself");
        List<QuestionContent> questions = QuarkusTransaction.requiringNew().call(() -> quizzes.pool(
                EveryKindCourse.viewer(source.author(), copyId), courses.course(copyId), quiz.id()));
        assertEquals(EveryKindCourse.QUESTIONS.stream().filter(q -> q.kind() != QuestionKind.NUMERIC)
                .map(CartridgeRoundTripTest::question).toList(), questions.stream()
                .map(CartridgeRoundTripTest::question).toList());

        // The report: every resource became something but Canvas' rubrics file (read with the assignment).
        JsonPath report = source.session().given().when().get("/api/cartridges/imports/{id}",
                imported.getLong("importId")).then().statusCode(200).extract().jsonPath();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < report.getList("lines").size(); i++) {
            if ("skipped".equals(report.getString("lines[" + i + "].outcome"))) {
                skipped.add(report.getString("lines[" + i + "].type") + " " + report.getString("lines[" + i
                        + "].title") + " (" + report.getString("lines[" + i + "].reason") + ")");
            }
        }
        assertEquals(List.of(CartridgeLayout.SUPPORT + " rubrics.xml (supporting)"), skipped, report.prettyPrint());
    }

    private static List<String> outline(CourseContent content) {
        return content.modules().stream().map(module -> module.title().en() + ": " + String.join(", ", module.items()
                .stream().map(item -> item.kind().id() + " " + item.title().en()).toList())).toList();
    }

    private static ItemContent item(CourseContent content, String title) {
        return content.items().filter(item -> title.equals(item.title().en())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + title + " in " + outline(content)));
    }

    /** What a reader sees of a lesson: its words, Markdown or the imported HTML alike. */
    private String text(ItemContent item) {
        return Jsoup.parse(renderer.render(item.body().en()).toString()).text();
    }

    private byte[] bytes(ItemContent item) throws IOException {
        assertTrue(item.file() != null, item.title().en() + " has its file");
        try (InputStream in = assets.open(item.file().sha256())) {
            return in.readAllBytes();
        }
    }

    private static String criterion(Assignment.NewCriterion c) {
        return c.title() + " (" + (c.description() == null ? "" : c.description()) + "): " + c.levels().stream()
                .map(l -> l.title() + " " + l.points()).toList();
    }

    private static String question(QuestionContent q) {
        String answers = switch (q.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.options().stream()
                    .map(o -> (o.correct() ? "+" : "-") + o.text()).toList().toString();
            case TRUE_FALSE -> String.valueOf(q.truth());
            case SHORT_ANSWER -> q.accepted().toString();
            case NUMERIC -> q.answer() + "±" + q.tolerance();
        };
        return q.kind().id() + " " + q.prompt() + " " + answers;
    }
}
