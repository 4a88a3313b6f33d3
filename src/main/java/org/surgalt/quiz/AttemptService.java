package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemAccess;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.progress.ProgressService;
import org.surgalt.quiz.QuizViews.AttemptView;
import org.surgalt.quiz.QuizViews.QuizOverview;

/**
 * Learners taking quizzes of the published version of a course they are enrolled in. A finished
 * attempt records a SUBMITTED completion fact with its score, and a PASSED one when the score
 * reaches the item's pass mark. An attempt whose time ran out (its time limit, or the quiz's close)
 * is finished, with what was saved before its deadline, by {@link OverdueAttempts} at the
 * deadline, or the next time its learner comes back to the quiz if that is sooner.
 */
@ApplicationScoped
public class AttemptService {

    private static final Random RANDOM = new SecureRandom();

    private final AttemptRepository attempts;
    private final QuizSettingsRepository settings;
    private final QuestionRepository questions;
    private final CourseService courses;
    private final ProgressService progress;
    private final QuizClock clock;
    private final AttemptViews views;
    private final ItemAccess itemAccess;
    private final AttemptGrading grading;

    AttemptService(AttemptRepository attempts, QuizSettingsRepository settings, QuestionRepository questions,
            CourseService courses, ProgressService progress, QuizClock clock, AttemptViews views,
            ItemAccess itemAccess, AttemptGrading grading) {
        this.itemAccess = itemAccess;
        this.grading = grading;
        this.attempts = attempts;
        this.settings = settings;
        this.questions = questions;
        this.courses = courses;
        this.progress = progress;
        this.clock = clock;
        this.views = views;
    }

    /** A quiz item of the version learners read now, with its settings (none saved yet: an empty quiz). */
    private record LearnerQuiz(CourseContent content, CourseContent.ItemContent item, QuizSettings settings,
            boolean enrolled) {

        ReviewPolicy review() {
            return settings.review();
        }
    }

    /** In the page's language, which the language switch may have made another than the person's own. */
    @Transactional
    public QuizOverview overview(Viewer viewer, Locale locale, long courseId, long itemId) {
        LearnerQuiz quiz = quiz(viewer, courseId, itemId);
        finishOverdue(quiz, viewer.userId());
        List<QuizAttempt> mine = attempts.ofLearner(itemId, viewer.userId());
        Long open = mine.stream().filter(a -> !a.isSubmitted()).map(QuizAttempt::id).findFirst().orElse(null);
        String reason = startRefusal(quiz, mine, clock.now()).map(Refusal::code).orElse(null);
        int count = quiz.settings().drawCount() != null ? quiz.settings().drawCount()
                : quiz.settings().questionIds().size();
        return new QuizOverview(courseId, quiz.content().code(), itemId, quiz.item().title().in(locale),
                quiz.item().title().languageIn(locale), count, quiz.settings().maxAttempts(),
                quiz.settings().timeLimitSeconds(), QuizService.passMark(quiz.item()), quiz.enrolled(),
                mine.stream().map(a -> views.of(a, quiz.review(), false)).toList(), open,
                open == null && reason == null, reason, quiz.settings().opensAt(), quiz.settings().closesAt());
    }

    /** A started attempt, and whether it is new (false: the learner's attempt in progress, which they continue). */
    public record Started(AttemptView attempt, boolean created) {
    }

    @Transactional
    public Started start(Viewer viewer, long courseId, long itemId) {
        LearnerQuiz quiz = quiz(viewer, courseId, itemId);
        if (!quiz.enrolled()) {
            throw DomainException.forbidden("Only the people enrolled in this course take its quizzes.");
        }
        finishOverdue(quiz, viewer.userId());
        List<QuizAttempt> mine = attempts.ofLearner(itemId, viewer.userId());
        Optional<QuizAttempt> open = mine.stream().filter(a -> !a.isSubmitted()).findFirst();
        if (open.isPresent()) {
            return new Started(views.of(open.get(), quiz.review(), true), false);
        }
        startRefusal(quiz, mine, clock.now()).ifPresent(refusal -> {
            throw DomainException.conflict(refusal.message());
        });
        List<Question> drawn = draw(quiz.settings(), courseId);
        Map<Long, List<Long>> optionOrders = new HashMap<>();
        for (Question question : drawn) {
            List<Long> order = new ArrayList<>(question.options().stream().map(QuestionOption::id).toList());
            if (quiz.settings().shuffleOptions()) {
                Collections.shuffle(order, RANDOM);
                optionOrders.put(question.id(), order);
            }
        }
        int number = mine.stream().mapToInt(QuizAttempt::number).max().orElse(0) + 1;
        Instant now = clock.now();
        QuizAttempt attempt = new QuizAttempt(itemId, courseId, viewer.userId(), number, now,
                quiz.settings().deadlineFor(now), drawn, optionOrders);
        try {
            attempts.persist(attempt);
            attempts.flush();
        } catch (PersistenceException e) {
            // The unique attempt number: another start of the same learner won the race.
            throw DomainException.conflict("Another attempt at this quiz was started at the same moment.");
        }
        return new Started(views.of(attempt, quiz.review(), true), true);
    }

    @Transactional
    public List<AttemptView> attempts(Viewer viewer, long courseId, long itemId) {
        LearnerQuiz quiz = quiz(viewer, courseId, itemId);
        finishOverdue(quiz, viewer.userId());
        return attempts.ofLearner(itemId, viewer.userId()).stream().map(a -> views.of(a, quiz.review(), true))
                .toList();
    }

    @Transactional
    public AttemptView attempt(Viewer viewer, long courseId, long itemId, long attemptId) {
        QuizAttempt attempt = own(viewer, courseId, itemId, attemptId);
        LearnerQuiz quiz = quiz(viewer, courseId, itemId);
        if (!attempt.isSubmitted() && attempt.isOverdue(clock.now())) {
            attempts.getEntityManager().refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
            if (!attempt.isSubmitted()) {
                finish(attempt, quiz);
            }
        }
        return views.of(attempt, quiz.review(), true);
    }

    /**
     * Saves responses (question id → values) of an attempt in progress. After its deadline they
     * are refused (409), or, with {@code submitWhenLate} (the pages), the attempt is submitted with
     * what was saved in time.
     */
    @Transactional
    public AttemptView save(Viewer viewer, long courseId, long itemId, long attemptId,
            Map<Long, List<String>> responses, boolean submitWhenLate) {
        QuizAttempt attempt = ownLocked(viewer, courseId, itemId, attemptId);
        LearnerQuiz quiz = quiz(viewer, courseId, itemId);
        Instant now = clock.now();
        if (submitWhenLate && !attempt.isSubmitted() && attempt.isOverdue(now)) {
            finish(attempt, quiz);
        } else {
            attempt.save(responses, now);
        }
        return views.of(attempt, quiz.review(), true);
    }

    /**
     * Saves the responses sent with it (in time only) and grades the attempt. A second submission
     * waits for the first (the attempt row is locked) and is then refused with 409.
     */
    @Transactional
    public AttemptView submit(Viewer viewer, long courseId, long itemId, long attemptId,
            Map<Long, List<String>> responses) {
        QuizAttempt attempt = ownLocked(viewer, courseId, itemId, attemptId);
        LearnerQuiz quiz = quiz(viewer, courseId, itemId);
        Instant now = clock.now();
        if (attempt.isSubmitted()) {
            throw DomainException.conflict("This attempt was submitted already.");
        }
        if (!attempt.isOverdue(now) && !responses.isEmpty()) {
            attempt.save(responses, now);
        }
        finish(attempt, quiz);
        return views.of(attempt, quiz.review(), true);
    }

    private void finish(QuizAttempt attempt, LearnerQuiz quiz) {
        grading.finish(attempt, quiz.content(), quiz.item());
    }

    private void finishOverdue(LearnerQuiz quiz, long userId) {
        Instant now = clock.now();
        for (QuizAttempt attempt : attempts.ofLearner(quiz.item().id(), userId)) {
            if (!attempt.isSubmitted() && attempt.isOverdue(now)) {
                attempts.getEntityManager().refresh(attempt, LockModeType.PESSIMISTIC_WRITE);
                if (!attempt.isSubmitted()) {
                    finish(attempt, quiz);
                }
            }
        }
    }

    /** Why a learner cannot start an attempt: a code for the pages, a message for the API. */
    private record Refusal(String code, String message) {
    }

    private static Optional<Refusal> startRefusal(LearnerQuiz quiz, List<QuizAttempt> mine, Instant now) {
        if (!quiz.enrolled()) {
            return Optional.of(new Refusal("enrolled_only",
                    "Only the people enrolled in this course take its quizzes."));
        }
        if (quiz.settings().notOpenYet(now)) {
            return Optional.of(new Refusal("not_open", "This quiz is not open yet."));
        }
        if (quiz.settings().closed(now)) {
            return Optional.of(new Refusal("closed", "This quiz is closed."));
        }
        if (quiz.settings().questionIds().isEmpty()) {
            return Optional.of(new Refusal("no_questions", "This quiz has no questions yet."));
        }
        Integer max = quiz.settings().maxAttempts();
        if (max != null && mine.size() >= max) {
            return Optional.of(new Refusal("attempts_used", "You have used all " + max
                    + (max == 1 ? " attempt" : " attempts") + " allowed at this quiz."));
        }
        return Optional.empty();
    }

    private List<Question> draw(QuizSettings quiz, long courseId) {
        List<Question> pool = new ArrayList<>();
        for (Long id : quiz.questionIds()) {
            questions.inBank(courseId, id).ifPresent(pool::add);
        }
        if (pool.isEmpty()) {
            throw DomainException.conflict("This quiz has no questions yet.");
        }
        if (quiz.drawCount() == null) {
            return pool;
        }
        Collections.shuffle(pool, RANDOM);
        return List.copyOf(pool.subList(0, Math.min(quiz.drawCount(), pool.size())));
    }

    private LearnerQuiz quiz(Viewer viewer, long courseId, long itemId) {
        Course course = courses.course(courseId);
        CourseContent content = courses.content(viewer, course, null);
        CourseContent.ItemContent item = content.item(itemId).filter(found -> found.kind() == ItemKind.QUIZ)
                .orElseThrow(() -> DomainException.notFound("quiz", itemId));
        // Every way into a quiz (page, attempts, answers) comes through here.
        itemAccess.requireMayRead(viewer, course, content, item);
        QuizSettings found = settings.findByIdOptional(itemId).orElseGet(() -> new QuizSettings(itemId, courseId));
        return new LearnerQuiz(content, item, found, courses.isEnrolled(viewer.userId(), courseId));
    }

    /** Someone else's attempt, or one of another quiz: not found, whoever asks. */
    private QuizAttempt own(Viewer viewer, long courseId, long itemId, long attemptId) {
        return attempts.own(attemptId, itemId, viewer.userId()).filter(a -> a.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("attempt", attemptId));
    }

    private QuizAttempt ownLocked(Viewer viewer, long courseId, long itemId, long attemptId) {
        return attempts.ownLocked(attemptId, itemId, viewer.userId()).filter(a -> a.courseId() == courseId)
                .orElseThrow(() -> DomainException.notFound("attempt", attemptId));
    }
}
