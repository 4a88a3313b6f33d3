package org.surgalt.quiz;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttemptRepository implements PanacheRepository<QuizAttempt> {

    public List<QuizAttempt> ofLearner(long itemId, long userId) {
        return list("itemId = ?1 and userId = ?2 order by number", itemId, userId);
    }

    /**
     * The learner's own attempt at this quiz, locked until the transaction ends, so that two
     * submissions of it run one after the other. Anyone else's, or a made-up id: empty.
     */
    public Optional<QuizAttempt> ownLocked(long attemptId, long itemId, long userId) {
        QuizAttempt attempt = getEntityManager().find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(attempt).filter(a -> a.itemId() == itemId && a.userId() == userId);
    }

    public Optional<QuizAttempt> own(long attemptId, long itemId, long userId) {
        return findByIdOptional(attemptId).filter(a -> a.itemId() == itemId && a.userId() == userId);
    }

    /** Attempts in progress of a quiz end no later than {@code deadline} (the quiz's close). */
    public int cutDeadlines(long itemId, Instant deadline) {
        return update("deadline = ?1 where itemId = ?2 and submittedAt is null and (deadline is null or deadline > ?1)",
                deadline, itemId);
    }

    /** Ids of attempts not submitted whose deadline has passed, oldest deadline first. */
    public List<Long> overdue(Instant now, int max) {
        return getEntityManager().createQuery("select a.id from QuizAttempt a where a.submittedAt is null "
                + "and a.deadline < ?1 order by a.deadline", Long.class).setParameter(1, now).setMaxResults(max)
                .getResultList();
    }
}
