package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Optional;

import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.node.client.up.UpCapture;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;

/**
 * Grading a finished attempt and recording what it counts for: a SUBMITTED fact with its score,
 * and a PASSED one at the pass mark. The one way an attempt ends, whether its learner submits it,
 * comes back after its time ran out, or the background job closes it at its deadline.
 */
@ApplicationScoped
class AttemptGrading {

    private final AttemptRepository attempts;
    private final ProgressService progress;
    private final CourseService courses;
    private final QuizClock clock;
    private final UpCapture capture;

    AttemptGrading(AttemptRepository attempts, ProgressService progress, CourseService courses, QuizClock clock,
            UpCapture capture) {
        this.capture = capture;
        this.attempts = attempts;
        this.progress = progress;
        this.courses = courses;
        this.clock = clock;
    }

    /** {@code content}/{@code item}: the version and quiz item the facts are recorded in. */
    void finish(QuizAttempt attempt, CourseContent content, CourseContent.ItemContent item) {
        attempt.submit(clock.now(), QuizService.passMark(item));
        progress.record(attempt.userId(), content, item, CompletionFact.Kind.SUBMITTED, attempt.score(), "quiz");
        if (Boolean.TRUE.equals(attempt.passed())) {
            progress.record(attempt.userId(), content, item, CompletionFact.Kind.PASSED, attempt.score(), "quiz");
        }
        attempts.flush();
        // On a school node the finished attempt goes up to the national server with its answers.
        capture.attempt(attempt.id());
    }

    /** Ids of attempts not submitted whose deadline has passed, oldest first. */
    @Transactional
    java.util.List<Long> overdue(int max) {
        return attempts.overdue(clock.now(), max);
    }

    /**
     * Closes and grades one attempt whose deadline has passed, unless it was submitted meanwhile:
     * the row is locked and its state read again in this transaction, so however many instances
     * run the job at once, the attempt is graded once. The facts go into the version learners read
     * now, as a submission at this moment would.
     *
     * @return whether this call closed it
     */
    @Transactional
    boolean closeIfOverdue(long attemptId) {
        QuizAttempt attempt = attempts.getEntityManager().find(QuizAttempt.class, attemptId,
                LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.isSubmitted() || !attempt.isOverdue(clock.now())) {
            return false;
        }
        Optional<CourseContent> content = courses.currentVersion(courses.course(attempt.courseId()));
        Optional<CourseContent.ItemContent> item = content.flatMap(version -> version.item(attempt.itemId()))
                .filter(found -> found.kind() == ItemKind.QUIZ);
        if (item.isEmpty()) {
            // The quiz left the course: graded for the learner's record, counted for nothing.
            attempt.submit(clock.now(), QuizService.DEFAULT_PASS_MARK);
            return true;
        }
        finish(attempt, content.get(), item.get());
        return true;
    }
}
