package org.surgalt.progress;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class CompletionFactRepository implements PanacheRepository<CompletionFact> {

    public List<CompletionFact> ofLearner(long userId, long courseId) {
        return list("userId = ?1 and courseId = ?2", userId, courseId);
    }

    public boolean exists(long userId, long itemId, CompletionFact.Kind kind) {
        return count("userId = ?1 and itemId = ?2 and kind = ?3", userId, itemId, kind) > 0;
    }
}
