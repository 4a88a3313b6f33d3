package org.surgalt.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Attempts and SCO runtime data, in plain JDBC on the transaction's connection: a commit is the
 * hottest write of a live session (every SCO commits every few seconds), and it is four small
 * statements this way.
 */
@ApplicationScoped
class ScormStore {

    private static final String ATTEMPT_COLUMNS = "id, user_id, course_id, item_id, course_version, package_sha256,"
            + " number, counts, open, completion, success, score, total_seconds, last_sco, sequencing_state,"
            + " fact_recorded, started_at, updated_at";

    private final EntityManager em;

    ScormStore(EntityManager em) {
        this.em = em;
    }

    record Attempt(long id, long userId, long courseId, long itemId, int courseVersion, String packageSha256,
            int number, boolean counts, boolean open, Status status, String lastSco, String sequencingState,
            boolean factRecorded, Instant startedAt, Instant updatedAt) {
    }

    record ScoState(String sco, long seq, String cmi, Status status, Instant updatedAt) {
    }

    Optional<Attempt> attempt(long id, boolean lock) {
        return work(c -> one(c, "SELECT " + ATTEMPT_COLUMNS + " FROM scorm_attempt WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""), id));
    }

    /** The learner's attempts at an item, first to last. */
    List<Attempt> attempts(long userId, long itemId) {
        return work(c -> list(c, "SELECT " + ATTEMPT_COLUMNS + " FROM scorm_attempt WHERE user_id = ? AND item_id = ?"
                + " ORDER BY number", userId, itemId));
    }

    /** Everyone's attempts at an item, by learner and number. */
    List<Attempt> attemptsAt(long courseId, long itemId) {
        return work(c -> list(c, "SELECT " + ATTEMPT_COLUMNS + " FROM scorm_attempt WHERE course_id = ? AND item_id = ?"
                + " ORDER BY user_id, number", courseId, itemId));
    }

    /**
     * A new attempt, numbered after the learner's last, which it closes. The learner's earlier
     * attempts are locked first, so two launches at once make one attempt each in turn.
     */
    Attempt start(long userId, long courseId, long itemId, int courseVersion, String packageSha256, boolean counts) {
        return work(c -> {
            int last = 0;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COALESCE(MAX(number), 0) FROM scorm_attempt WHERE user_id = ? AND item_id = ? FOR UPDATE")) {
                s.setLong(1, userId);
                s.setLong(2, itemId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    last = r.getInt(1);
                }
            }
            update(c, "UPDATE scorm_attempt SET open = FALSE, closed_at = CURRENT_TIMESTAMP(6)"
                    + " WHERE user_id = ? AND item_id = ? AND open", userId, itemId);
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO scorm_attempt (user_id, course_id, item_id,"
                    + " course_version, package_sha256, number, counts) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                bind(s, userId, courseId, itemId, courseVersion, packageSha256, last + 1, counts);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            return one(c, "SELECT " + ATTEMPT_COLUMNS + " FROM scorm_attempt WHERE id = ?", id).orElseThrow();
        });
    }

    Map<String, ScoState> scoStates(long attemptId) {
        return work(c -> {
            Map<String, ScoState> states = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT sco, seq, cmi, completion, success, score,"
                    + " total_seconds, updated_at FROM scorm_sco_state WHERE attempt_id = ?")) {
                s.setLong(1, attemptId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ScoState state = scoState(r);
                        states.put(state.sco(), state);
                    }
                }
            }
            return states;
        });
    }

    /** Each SCO's status in the attempt, without its runtime data: what the roll-up of a commit needs. */
    Map<String, Status> scoStatuses(long attemptId) {
        return work(c -> {
            Map<String, Status> statuses = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT sco, completion, success, score, total_seconds"
                    + " FROM scorm_sco_state WHERE attempt_id = ?")) {
                s.setLong(1, attemptId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        statuses.put(r.getString(1), new Status(Status.Completion.valueOf(r.getString(2)),
                                Status.Success.valueOf(r.getString(3)), r.getBigDecimal(4), r.getLong(5)));
                    }
                }
            }
            return statuses;
        });
    }

    /** The SCO's last accepted commit sequence, locked; 0 (and the gap locked) when it never committed. */
    long lockSeq(long attemptId, String sco) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT seq FROM scorm_sco_state WHERE attempt_id = ? AND sco = ? FOR UPDATE")) {
                bind(s, attemptId, sco);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : 0L;
                }
            }
        });
    }

    void saveSco(long attemptId, String sco, long seq, String cmi, Status status) {
        work(c -> update(c, "INSERT INTO scorm_sco_state (attempt_id, sco, seq, cmi, completion, success, score,"
                + " total_seconds, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP(6))"
                + " ON DUPLICATE KEY UPDATE seq = VALUES(seq), cmi = VALUES(cmi), completion = VALUES(completion),"
                + " success = VALUES(success), score = VALUES(score), total_seconds = VALUES(total_seconds),"
                + " updated_at = VALUES(updated_at)",
                attemptId, sco, seq, cmi, status.completion().name(), status.success().name(), status.score(),
                status.seconds()));
    }

    void saveAttempt(long attemptId, Status status, String lastSco, String sequencingState, boolean factRecorded) {
        work(c -> update(c, "UPDATE scorm_attempt SET completion = ?, success = ?, score = ?, total_seconds = ?,"
                + " last_sco = ?, sequencing_state = COALESCE(?, sequencing_state), fact_recorded = ?,"
                + " updated_at = CURRENT_TIMESTAMP(6) WHERE id = ?",
                status.completion().name(), status.success().name(), status.score(), status.seconds(), lastSco,
                sequencingState, factRecorded, attemptId));
    }

    private static Optional<Attempt> one(Connection c, String sql, Object... values) throws SQLException {
        List<Attempt> found = list(c, sql, values);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Attempt> list(Connection c, String sql, Object... values) throws SQLException {
        List<Attempt> attempts = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    attempts.add(new Attempt(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getInt(5),
                            r.getString(6), r.getInt(7), r.getBoolean(8), r.getBoolean(9),
                            new Status(Status.Completion.valueOf(r.getString(10)), Status.Success.valueOf(r.getString(11)),
                                    r.getBigDecimal(12), r.getLong(13)),
                            r.getString(14), r.getString(15), r.getBoolean(16), instant(r.getTimestamp(17)),
                            instant(r.getTimestamp(18))));
                }
            }
        }
        return attempts;
    }

    private static ScoState scoState(ResultSet r) throws SQLException {
        BigDecimal score = r.getBigDecimal(6);
        return new ScoState(r.getString(1), r.getLong(2), r.getString(3),
                new Status(Status.Completion.valueOf(r.getString(4)), Status.Success.valueOf(r.getString(5)), score,
                        r.getLong(7)), instant(r.getTimestamp(8)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
