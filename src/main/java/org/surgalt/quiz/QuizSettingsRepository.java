package org.surgalt.quiz;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class QuizSettingsRepository implements PanacheRepositoryBase<QuizSettings, Long> {

    public List<QuizSettings> using(long questionId) {
        return getEntityManager().createQuery(
                "select distinct s from QuizSettings s join s.questionIds q where q = ?1", QuizSettings.class)
                .setParameter(1, questionId).getResultList();
    }
}
