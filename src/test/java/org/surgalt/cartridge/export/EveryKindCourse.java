package org.surgalt.cartridge.export;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.surgalt.assignment.Assignment;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.authoring.DraftService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.quiz.QuestionContent;
import org.surgalt.quiz.QuestionKind;
import org.surgalt.quiz.QuestionService;
import org.surgalt.quiz.QuizService;
import org.surgalt.testsupport.Images;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * A published course with an item of every kind a cartridge carries, made as an author makes one:
 * pages (one showing a lesson image and linking a file item by name), a file, a link, an assignment
 * with a rubric, a quiz with a question of every kind, an LTI tool and a face-to-face session; then
 * published through review.
 */
record EveryKindCourse(PersonBuilder.TestPerson author, Sessions.Session session, long courseId, String code,
        int version) {

    static final String LESSON = "Read this **first**.\n\n![A diagram](diagram.png)\n\nThen open [the notes](notes.txt).";
    static final byte[] NOTES = "Notes for the course: read them twice.\n".getBytes(StandardCharsets.UTF_8);
    static final byte[] DIAGRAM = Images.png(12, 7);
    static final String LINK = "https://example.org/reading?list=1&part=2";
    /** The LTI item's address: an origin of its own, at which the round trip registers a tool. */
    static final String TOOL_ORIGIN = "https://tool-" + java.util.UUID.randomUUID() + ".example.org";
    static final String TOOL = TOOL_ORIGIN + "/launch";
    /** The LTI item's custom parameters (kept as deep linking keeps them): a known variable and a plain value. */
    static final java.util.Map<String, String> CUSTOM = new java.util.LinkedHashMap<>(java.util.Map.of(
            "activity", "pendulum", "learner", "$User.id"));
    static final List<Assignment.NewCriterion> RUBRIC = List.of(
            new Assignment.NewCriterion("Argument", "Is the claim supported?", List.of(
                    new Assignment.NewLevel("Strong", 10), new Assignment.NewLevel("Some", 5),
                    new Assignment.NewLevel("None", 0))),
            new Assignment.NewCriterion("Sources", "", List.of(
                    new Assignment.NewLevel("Cited", 4), new Assignment.NewLevel("Missing", 0))));
    static final List<QuestionContent> QUESTIONS = List.of(
            new QuestionContent(QuestionKind.SINGLE_CHOICE, "Which planet is largest?", 1, List.of(
                    new QuestionContent.Option("Mars", false), new QuestionContent.Option("Jupiter", true),
                    new QuestionContent.Option("Venus", false)), null, null, null, null),
            new QuestionContent(QuestionKind.MULTIPLE_CHOICE, "Which are prime?", 2, List.of(
                    new QuestionContent.Option("2", true), new QuestionContent.Option("4", false),
                    new QuestionContent.Option("7", true)), null, null, null, null),
            new QuestionContent(QuestionKind.TRUE_FALSE, "Ulaanbaatar is the capital of Mongolia.", 1, null, true,
                    null, null, null),
            new QuestionContent(QuestionKind.SHORT_ANSWER, "Name the longest river of Mongolia.", 1, null, null,
                    null, null, List.of("Orkhon", "Orkhon River")),
            new QuestionContent(QuestionKind.NUMERIC, "How much is 7 × 6?", 1, null, null, new BigDecimal("42"),
                    BigDecimal.ZERO, null));

    static EveryKindCourse publish() {
        Course course = aCourse().asDraft().withModules(2)
                // The page links the file before the file's own item comes: the import still puts the file there.
                .withPage("Start here", null, LESSON, null)
                .withItem(ItemKind.FILE, "Course notes", null, null)
                .withItem(ItemKind.LINK, "Further reading", null, LINK)
                .withItem(ItemKind.ASSIGNMENT, "Essay", "Write **500 words**.", null)
                .withQuiz("Check yourself", null)
                .withLti("Simulation", TOOL)
                .withItem(ItemKind.SESSION, "Workshop day", "Bring a laptop.", null)
                .create();
        PersonBuilder.TestPerson author = aPerson().withLocale("en").withGrant(Grant.course(Role.AUTHOR, course.id()))
                .create();
        Sessions.Session session = Sessions.as(author);
        Viewer viewer = viewer(author, course.id());
        String notes = Uploads.upload(session, NOTES, "notes.txt", "file");
        String diagram = Uploads.upload(session, DIAGRAM, "diagram.png", "image");
        QuarkusTransaction.requiringNew().run(() -> {
            CourseService courses = Arc.container().instance(CourseService.class).get();
            DraftService drafts = Arc.container().instance(DraftService.class).get();
            Course draft = courses.course(course.id());
            CourseContent content = CourseContent.ofDraft(draft);
            drafts.attachUpload(viewer, course.id(), id(content, ItemKind.FILE), notes);
            drafts.addLessonFile(viewer, course.id(), diagram);
            Arc.container().instance(AssignmentService.class).get().change(viewer, draft,
                    id(content, ItemKind.ASSIGNMENT), new AssignmentService.Change(0, null, null, true, 20, RUBRIC));
            QuestionService questions = Arc.container().instance(QuestionService.class).get();
            List<Long> pool = new ArrayList<>();
            QUESTIONS.forEach(question -> pool.add(questions.create(viewer, course.id(), question).id()));
            Arc.container().instance(QuizService.class).get().save(viewer, course.id(), id(content, ItemKind.QUIZ),
                    new QuizService.SettingsInput(pool, null, null, null, null, "score", null, null));
            Arc.container().instance(org.surgalt.lti.LtiLinkService.class).get().keepCustom(viewer, course.id(),
                    id(content, ItemKind.LTI), CUSTOM);
        });
        int version = Publishing.publish(session, course.id());
        return new EveryKindCourse(author, session, course.id(), course.code(), version);
    }

    static Viewer viewer(PersonBuilder.TestPerson person, long courseId) {
        return new Viewer(person.id(), person.email(), "author", Locale.ENGLISH, null,
                Set.of(Grant.course(Role.AUTHOR, courseId)));
    }

    private static long id(CourseContent content, ItemKind kind) {
        return content.items().filter(item -> item.kind() == kind).findFirst().orElseThrow().id();
    }

    String href() {
        return "/author/courses/" + code + "/versions/" + version + "/cartridge.imscc";
    }

    byte[] export() {
        return session.given().when().get(href()).then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + code + "-v" + version + ".imscc\"")
                .extract().asByteArray();
    }
}
