package org.surgalt.cartridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.surgalt.assignment.AssignmentService;
import org.surgalt.authoring.DraftService;
import org.surgalt.course.Course;
import org.surgalt.course.CourseModule;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.discussion.Forum;
import org.surgalt.discussion.ForumService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.lti.LtiLinkService;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;
import org.surgalt.quiz.QuestionService;
import org.surgalt.quiz.QuizService;

/**
 * Writes a {@link Plan} in one transaction, through the services that own each thing: the course and
 * its items (CourseService), the stored files (DraftService, which gives an item its upload once
 * inspection accepts it), assignments' grading (AssignmentService), quizzes and their bank questions
 * (QuestionService, QuizService), banks' questions (QuestionService), LTI items' custom parameters
 * (LtiLinkService), the course forum and its threads (ForumService); then the report. Into an existing
 * course, the plan replaces its draft's modules (DraftService) and leaves its published versions be. Nothing of it stays when any part is refused.
 */
@ApplicationScoped
class CartridgeWriter {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What a new quiz shows after an attempt, as a new quiz's settings do. */
    private static final String DEFAULT_REVIEW = "score";

    private final CourseService courses;
    private final DraftService drafts;
    private final AssignmentService assignments;
    private final ForumService forums;
    private final QuestionService questions;
    private final QuizService quizzes;
    private final CartridgeImportRepository reports;
    private final ObjectMapper json;
    private final LtiLinkService ltiLinks;

    CartridgeWriter(CourseService courses, DraftService drafts, AssignmentService assignments, ForumService forums,
            QuestionService questions, QuizService quizzes, CartridgeImportRepository reports, ObjectMapper json,
            LtiLinkService ltiLinks) {
        this.ltiLinks = ltiLinks;
        this.questions = questions;
        this.quizzes = quizzes;
        this.courses = courses;
        this.drafts = drafts;
        this.assignments = assignments;
        this.forums = forums;
        this.reports = reports;
        this.json = json;
    }

    @Transactional
    CartridgeImportService.Imported write(Viewer viewer, String filename, Plan plan) {
        return write(viewer, filename, plan, null);
    }

    /**
     * {@code into}: an existing course whose draft the plan replaces (its next draft version, through
     * DraftService, which refuses a draft in review or with unpublished changes); null for a new course.
     */
    @Transactional
    CartridgeImportService.Imported write(Viewer viewer, String filename, Plan plan, Long into) {
        Course course;
        List<List<Item>> made = new ArrayList<>();
        if (into == null) {
            List<NewCourse.NewModule> modules = plan.modules.stream().map(module -> new NewCourse.NewModule(
                    text(plan, module.title), module.items.stream().map(item -> newItem(plan, item)).toList()))
                    .toList();
            course = courses.create(viewer, new NewCourse(code(plan.title), plan.language, text(plan, plan.title),
                    LocalizedText.empty(), null, modules));
            course.modules().forEach(module -> made.add(module.items()));
        } else {
            course = drafts.clearForNewVersion(viewer, into);
            for (Plan.Module planned : plan.modules) {
                CourseModule module = courses.addModule(viewer, course.id(), text(plan, planned.title));
                List<Item> items = new ArrayList<>();
                for (Plan.Item item : planned.items) {
                    items.add(courses.addItem(viewer, course.id(), module.id(), newItem(plan, item)));
                }
                made.add(items);
            }
        }
        // The viewer came with the request, before a new course and its author grant existed.
        Set<Grant> grants = new HashSet<>(viewer.grants());
        grants.add(Grant.course(Role.AUTHOR, course.id()));
        Viewer author = new Viewer(viewer.userId(), viewer.email(), viewer.displayName(), viewer.locale(),
                viewer.institutionId(), Set.copyOf(grants));
        int items = 0;
        Set<org.surgalt.quiz.QuestionContent> quizQuestions = new HashSet<>();
        for (int m = 0; m < plan.modules.size(); m++) {
            for (int i = 0; i < plan.modules.get(m).items.size(); i++) {
                complete(author, course, filename, plan.modules.get(m).items.get(i), made.get(m).get(i),
                        quizQuestions);
                items++;
            }
        }
        for (Plan.BankQuestion question : plan.bankQuestions) {
            // Canvas exports a quiz's questions both in the quiz and in the bank it drew them from.
            boolean copy = quizQuestions.contains(question.content());
            if (copy || questions.createImported(author, course.id(), question.content(), "cartridge:"
                    + cut(filename) + "#" + question.ident()).isEmpty()) {
                ReportLine line = plan.lines.get(question.line());
                plan.lines.set(question.line(), ReportLine.skipped(line.resource(), line.title(), line.type(),
                        copy ? ReportLine.Note.QUESTION_IN_QUIZ : ReportLine.Note.QUESTION_INVALID, line.detail()));
            }
        }
        if (!plan.threads.isEmpty()) {
            Forum forum = forums.create(author, new ForumService.NewForum(course.id(), null, null, "general",
                    "mn".equals(plan.language) ? "Хэлэлцүүлэг" : "Discussions"));
            for (Plan.Thread thread : plan.threads) {
                forums.startImported(author, forum.id(), thread.title(), thread.body());
            }
        }
        CartridgeImport report = new CartridgeImport(course.id(), viewer.userId(), cut(filename), write(plan.lines));
        reports.persist(report);
        int skipped = (int) plan.lines.stream().filter(l -> l.outcome() == ReportLine.Outcome.SKIPPED).count();
        return new CartridgeImportService.Imported(report.id(), course.id(), course.code(), plan.modules.size(), items,
                plan.threads.size(), skipped);
    }

    private static NewCourse.NewItem newItem(Plan plan, Plan.Item item) {
        return new NewCourse.NewItem(item.kind, text(plan, item.title), item.body == null ? null
                : text(plan, item.body), item.url);
    }

    /**
     * What an item holds besides its text: its file, its quiz's questions (noted in {@code quizQuestions}),
     * its grading, its custom parameters.
     */
    private void complete(Viewer author, Course course, String filename, Plan.Item planned, Item item,
            Set<org.surgalt.quiz.QuestionContent> quizQuestions) {
        if (planned.kind == ItemKind.FILE) {
            drafts.attachUpload(author, course.id(), item.id(), planned.upload);
        } else if (planned.kind == ItemKind.QUIZ) {
            List<Long> pool = new ArrayList<>();
            quizQuestions.addAll(planned.questions);
            for (org.surgalt.quiz.QuestionContent question : planned.questions) {
                questions.createImported(author, course.id(), question, "cartridge:" + cut(filename))
                        .ifPresent(pool::add);
            }
            quizzes.save(author, course.id(), item.id(), new QuizService.SettingsInput(pool, null, null, null,
                    null, DEFAULT_REVIEW, null, null));
        } else if (planned.kind == ItemKind.ASSIGNMENT) {
            Integer points = planned.points == null || planned.points < 1 ? null : planned.points;
            assignments.change(author, course, item.id(), new AssignmentService.Change(0, null, null, true,
                    points, planned.rubric));
        } else if (planned.kind == ItemKind.LTI && !planned.custom.isEmpty()) {
            ltiLinks.keepCustom(author, course.id(), item.id(), planned.custom);
        }
    }

    private static LocalizedText text(Plan plan, String value) {
        return "mn".equals(plan.language) ? LocalizedText.of(null, value) : LocalizedText.of(value, null);
    }

    private static String cut(String value) {
        return value.length() <= 255 ? value : value.substring(0, 255);
    }

    private String write(List<ReportLine> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code from the title's Latin letters and digits, made unique by a random ending. */
    private String code(String title) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 50 ? base.substring(0, 50).replaceAll("-+$", "") : base;
        base = base.length() < 2 ? "cartridge" : base;
        while (true) {
            String code = base + "-" + Long.toString(RANDOM.nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36
                    * 36), 36);
            try {
                courses.courseByCode(code);
            } catch (DomainException notFound) {
                return code;
            }
        }
    }
}
