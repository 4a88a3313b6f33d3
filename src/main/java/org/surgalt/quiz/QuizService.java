package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.quiz.QuizViews.SettingsView;

/**
 * The settings of quiz items. They belong to the draft item (its stable id) and are not copied
 * into published versions: what an author saves here applies to the next attempt learners start.
 */
@ApplicationScoped
public class QuizService {

    /** A quiz is passed at 60 % unless its item says otherwise (the course's default as well). */
    static final int DEFAULT_PASS_MARK = 60;

    private final QuizSettingsRepository settings;
    private final QuestionRepository questions;
    private final CourseService courses;
    private final CourseAccess access;
    private final AttemptRepository attempts;
    private final AuditLog audit;

    QuizService(QuizSettingsRepository settings, QuestionRepository questions, CourseService courses,
            CourseAccess access, AttemptRepository attempts, AuditLog audit) {
        this.attempts = attempts;
        this.audit = audit;
        this.settings = settings;
        this.questions = questions;
        this.courses = courses;
        this.access = access;
    }

    @Transactional
    public SettingsView settings(Viewer viewer, long courseId, long itemId) {
        Course course = courses.course(courseId);
        access.requireCanReview(viewer, course);
        CourseContent.ItemContent item = draftQuiz(course, itemId);
        QuizSettings found = settings.findByIdOptional(itemId).orElseGet(() -> new QuizSettings(itemId, courseId));
        return view(found, item, viewer);
    }

    @Transactional
    public SettingsView save(Viewer viewer, long courseId, long itemId, SettingsInput input) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        CourseContent.ItemContent item = draftQuiz(course, itemId);
        List<Long> pool = input.questions() == null ? List.of() : input.questions();
        for (Long id : pool) {
            if (id == null || questions.inBank(courseId, id).isEmpty()) {
                throw DomainException.invalid("questions", "question " + id + " is not in this course's bank");
            }
        }
        QuizSettings quiz = settings.findByIdOptional(itemId).orElseGet(() -> {
            QuizSettings created = new QuizSettings(itemId, courseId);
            settings.persist(created);
            return created;
        });
        quiz.change(pool, input.draw(), Boolean.TRUE.equals(input.shuffleOptions()), input.maxAttempts(),
                input.timeLimitSeconds(), input.review() == null ? null : ReviewPolicy.fromId(input.review())
                        .orElse(null));
        QuizSettings.Window before = quiz.window();
        quiz.changeWindow(input.opensAt(), input.closesAt());
        if (!before.equals(quiz.window())) {
            if (quiz.closesAt() != null) {
                // Attempts in progress end at the close, like those started from now on.
                attempts.cutDeadlines(itemId, quiz.closesAt());
            }
            audit.record(AuditLog.by(viewer, "quiz.times").object("item", itemId).before(before)
                    .after(quiz.window()).detail(course.code()));
        }
        settings.flush();
        return view(quiz, item, viewer);
    }

    /**
     * For an export by the course's authors (cartridge/export): the quiz's pool as its questions'
     * content, in the pool's order; empty while no question is chosen.
     */
    @Transactional
    public List<QuestionContent> pool(Viewer viewer, Course course, long itemId) {
        access.requireCanEdit(viewer, course);
        return settings.findByIdOptional(itemId).filter(quiz -> quiz.courseId() == course.id())
                .map(quiz -> quiz.questionIds().stream().map(id -> questions.inBank(course.id(), id))
                        .flatMap(java.util.Optional::stream).map(QuizService::content).toList())
                .orElse(List.of());
    }

    static QuestionContent content(Question question) {
        return new QuestionContent(question.kind(), question.prompt(), question.points(), question.options().stream()
                .map(option -> new QuestionContent.Option(option.text(), option.correct())).toList(),
                question.trueAnswer(), question.numericAnswer(), question.tolerance(), question.accepted());
    }

    /** The course's pass mark for an item: its minimum score, or the default when it has none. */
    static int passMark(CourseContent.ItemContent item) {
        return item.minScore() == null ? DEFAULT_PASS_MARK : item.minScore();
    }

    private static CourseContent.ItemContent draftQuiz(Course course, long itemId) {
        return CourseContent.ofDraft(course).item(itemId).filter(item -> item.kind() == ItemKind.QUIZ)
                .orElseThrow(() -> DomainException.notFound("quiz", itemId));
    }

    private static SettingsView view(QuizSettings quiz, CourseContent.ItemContent item, Viewer viewer) {
        return new SettingsView(quiz.courseId(), quiz.itemId(), item.title().in(viewer.locale()), quiz.questionIds(),
                quiz.drawCount(), quiz.shuffleOptions(), quiz.maxAttempts(), quiz.timeLimitSeconds(),
                quiz.review().id(), passMark(item), quiz.opensAt(), quiz.closesAt());
    }

    /**
     * {@code questions}: the pool, in order; {@code draw}: how many of them each attempt gets at
     * random (null: all, in order); {@code review}: nothing, score or answers; {@code opensAt} /
     * {@code closesAt}: when attempts may start (null: no bound; audited as "quiz.times").
     */
    public record SettingsInput(List<Long> questions, Integer draw, Boolean shuffleOptions, Integer maxAttempts,
            Integer timeLimitSeconds, String review, Instant opensAt, Instant closesAt) {
    }
}
