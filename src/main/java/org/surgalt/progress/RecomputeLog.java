package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The progress_recompute rows (one per recompute of a course) and their progress_audit rows. */
@ApplicationScoped
public class RecomputeLog {

    public enum Reason {
        PUBLISHED, RULE_CHANGED, REQUESTED
    }

    private final ProgressStore store;

    RecomputeLog(ProgressStore store) {
        this.store = store;
    }

    long open(long courseId, Reason reason, Long requestedBy) {
        return store.work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO progress_recompute (course_id, reason, "
                    + "requested_by, requested_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(s, 1, courseId);
                Jdbc.bind(s, 2, reason.name());
                Jdbc.bind(s, 3, requestedBy);
                Jdbc.bind(s, 4, Instant.now());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** A learner whose course a revoked fact made incomplete: a finished recompute of one, audited. */
    void recordSingle(long courseId, DerivedWriter.Change change) {
        long id = open(courseId, Reason.REQUESTED, null);
        Instant now = Instant.now();
        store.work(c -> {
            DerivedWriter.audit(c, id, List.of(change));
            return Jdbc.update(c, "UPDATE progress_recompute SET started_at = ?, finished_at = ?, learners = 1, "
                    + "changed = 1 WHERE id = ?", now, now, id);
        });
    }

    Optional<Recompute> find(long id) {
        return list("WHERE id = ?", id).stream().findFirst();
    }

    List<Recompute> ofCourse(long courseId) {
        return list("WHERE course_id = ? ORDER BY requested_at DESC, id DESC LIMIT 100", courseId);
    }

    void started(long id) {
        store.work(c -> Jdbc.update(c, "UPDATE progress_recompute SET started_at = ? WHERE id = ?", Instant.now(), id));
    }

    void finished(long id, int learners, int changed) {
        store.work(c -> Jdbc.update(c, "UPDATE progress_recompute SET finished_at = ?, learners = ?, changed = ? "
                + "WHERE id = ?", Instant.now(), learners, changed, id));
    }

    List<Audit> audit(long recomputeId) {
        return store.work(c -> {
            List<Audit> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT user_id, before_done, before_required, "
                    + "before_complete, after_done, after_required, after_complete FROM progress_audit "
                    + "WHERE recompute_id = ? ORDER BY user_id")) {
                s.setLong(1, recomputeId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Audit(r.getLong(1), r.getInt(2), r.getInt(3), r.getBoolean(4), r.getInt(5),
                                r.getInt(6), r.getBoolean(7)));
                    }
                }
            }
            return rows;
        });
    }

    private List<Recompute> list(String where, long id) {
        return store.work(c -> {
            List<Recompute> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, course_id, reason, requested_by, requested_at, "
                    + "started_at, finished_at, learners, changed FROM progress_recompute " + where)) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long by = r.getLong(4);
                        rows.add(new Recompute(r.getLong(1), r.getLong(2), r.getString(3), r.wasNull() ? null : by,
                                Jdbc.instant(r, 5), Jdbc.instant(r, 6), Jdbc.instant(r, 7), r.getInt(8), r.getInt(9)));
                    }
                }
            }
            return rows;
        });
    }

    /** One recompute; {@code finishedAt} null while it waits or runs. */
    public record Recompute(long id, long courseId, String reason, Long requestedBy, Instant requestedAt,
            Instant startedAt, Instant finishedAt, int learners, int changed) {
    }

    /** One learner's numbers before and after a recompute. */
    public record Audit(long userId, int beforeDone, int beforeRequired, boolean beforeComplete, int afterDone,
            int afterRequired, boolean afterComplete) {
    }
}
