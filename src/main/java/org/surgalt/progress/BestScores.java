package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;

/**
 * A learner's best score on each item of a course they have a scored fact for (quiz attempts,
 * graded work), from their completion facts: what a release condition "at least X % on quiz Q" asks.
 */
@ApplicationScoped
public class BestScores {

    private final ProgressStore store;

    BestScores(ProgressStore store) {
        this.store = store;
    }

    @Transactional
    public Map<Long, Integer> of(long userId, long courseId) {
        return store.work(c -> {
            Map<Long, Integer> best = new HashMap<>();
            try (var s = c.prepareStatement("SELECT item_id, MAX(score) FROM completion_fact "
                    + "WHERE user_id = ? AND course_id = ? AND score IS NOT NULL GROUP BY item_id")) {
                s.setLong(1, userId);
                s.setLong(2, courseId);
                try (var r = s.executeQuery()) {
                    while (r.next()) {
                        best.put(r.getLong(1), r.getInt(2));
                    }
                }
            }
            return best;
        });
    }
}
