package org.surgalt.quiz;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

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
}
