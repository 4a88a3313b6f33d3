package org.surgalt.quiz;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuestionRepository implements PanacheRepository<Question> {

    /** The bank: the course's questions that were not deleted, oldest first. */
    public List<Question> bank(long courseId) {
        return list("courseId = ?1 and retired = false order by id", courseId);
    }

    public Optional<Question> inBank(long courseId, long questionId) {
        return find("id = ?1 and courseId = ?2 and retired = false", questionId, courseId).firstResultOptional();
    }

    public boolean usedInAttempts(long questionId) {
        return getEntityManager().createQuery(
                "select count(q) from AttemptQuestion q where q.question.id = ?1", Long.class)
                .setParameter(1, questionId).getSingleResult() > 0;
    }
}
