package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.surgalt.platform.DomainException;

/**
 * Quizzes copied between instances (a school node and its national server, issue 24): read on the
 * source, written on the receiver. No viewer: the callers are the node's own sync and an admin's
 * bundle import, which decided already that the course is the source's copy.
 */
@ApplicationScoped
public class QuizCopies {

    private final QuizSettingsRepository settings;
    private final QuestionRepository questions;

    QuizCopies(QuizSettingsRepository settings, QuestionRepository questions) {
        this.settings = settings;
        this.questions = questions;
    }

    /** The quiz item's settings and pool; empty while its authors have set nothing. */
    @Transactional
    public Optional<QuizCopy> of(long courseId, long itemId) {
        return settings.findByIdOptional(itemId).filter(quiz -> quiz.courseId() == courseId).map(quiz -> new QuizCopy(
                itemId, quiz.drawCount(), quiz.shuffleOptions(), quiz.maxAttempts(), quiz.timeLimitSeconds(),
                quiz.review().id(), quiz.opensAt(), quiz.closesAt(), quiz.questionIds().stream()
                        .map(id -> questions.inBank(courseId, id)).flatMap(Optional::stream).map(QuizCopies::copy)
                        .toList()));
    }

    /**
     * Writes a question into the course's bank: over {@code existingId} when that is still in the bank
     * (options keep their ids by position, as an author's edit keeps them), else as a new one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public QuizCopy.Written question(long courseId, Long existingId, QuestionContent content) {
        Optional<Question> found = existingId == null ? Optional.empty() : questions.inBank(courseId, existingId)
                .filter(question -> question.kind() == content.kind());
        Question question = found.orElseGet(() -> new Question(courseId, content, "national"));
        if (found.isPresent()) {
            question.edit(content);
        } else {
            questions.persist(question);
        }
        questions.flush();
        return new QuizCopy.Written(question.id(), question.options().stream().map(QuestionOption::id).toList());
    }

    /** Sets a quiz item's settings; {@code pool}: ids in the course's bank, as {@link #question} wrote them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settings(long courseId, long itemId, QuizCopy copy, List<Long> pool) {
        QuizSettings quiz = settings.findByIdOptional(itemId).orElseGet(() -> {
            QuizSettings created = new QuizSettings(itemId, courseId);
            settings.persist(created);
            return created;
        });
        if (quiz.courseId() != courseId) {
            throw DomainException.notFound("quiz", itemId);
        }
        quiz.change(pool, copy.draw(), copy.shuffleOptions(), copy.maxAttempts(), copy.timeLimitSeconds(),
                ReviewPolicy.fromId(copy.review()).orElse(ReviewPolicy.SCORE));
        quiz.changeWindow(copy.opensAt(), copy.closesAt());
        settings.flush();
    }

    private static QuizCopy.Question copy(Question question) {
        return new QuizCopy.Question(question.id(), QuizService.content(question),
                question.options().stream().map(QuestionOption::id).toList());
    }
}
