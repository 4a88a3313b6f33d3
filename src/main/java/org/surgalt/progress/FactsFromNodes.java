package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseService;

/**
 * On the national server: completion facts a school node recorded (node/records), kept as they
 * happened there (their time, version and source), and the learners they touched computed again from
 * all their facts by the same rules as every other fact ({@link ProgressService}), so progress is
 * derived, never merged.
 */
@ApplicationScoped
public class FactsFromNodes {

    private final ProgressStore store;
    private final ProgressService progress;
    private final CourseService courses;

    FactsFromNodes(ProgressStore store, ProgressService progress, CourseService courses) {
        this.store = store;
        this.progress = progress;
        this.courses = courses;
    }

    /** Whether the item is in a published version of the course (a fact names an item by its stable id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasItem(long courseId, long itemId) {
        return store.work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM item_version iv JOIN course_version cv "
                    + "ON cv.id = iv.course_version_id WHERE cv.course_id = ? AND iv.item_id = ? LIMIT 1")) {
                s.setLong(1, courseId);
                s.setLong(2, itemId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** Appends a fact as it happened on the node; its id. The learner is recomputed by {@link #recompute}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(long userId, long courseId, long itemId, CompletionFact.Kind kind, Integer score, String source,
            int courseVersion, Instant occurredAt) {
        return store.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO completion_fact (user_id, course_id, item_id, "
                    + "kind, score, source, course_version, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(s, 1, userId);
                Jdbc.bind(s, 2, courseId);
                Jdbc.bind(s, 3, itemId);
                Jdbc.bind(s, 4, kind.name());
                if (score == null) {
                    s.setNull(5, java.sql.Types.INTEGER);
                } else {
                    Jdbc.bind(s, 5, score);
                }
                Jdbc.bind(s, 6, source);
                Jdbc.bind(s, 7, courseVersion);
                Jdbc.bind(s, 8, occurredAt);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Computes these learners' progress in the course (which exists) from their facts, against the
     * version learners read now; nothing before its first publication.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(long courseId, Collection<Long> users) {
        Optional<CourseContent> current = courses.currentVersion(courses.course(courseId));
        if (current.isEmpty()) {
            return;
        }
        for (long user : users) {
            progress.recomputeLearner(user, current.get());
        }
    }
}
