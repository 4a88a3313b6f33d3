package org.surgalt.progress;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.Session;
import org.surgalt.course.CourseContent;

/**
 * The derived-progress rows (item_progress, module_progress, course_progress) and the facts they
 * come from, read and written with plain SQL on the current transaction's connection.
 */
@ApplicationScoped
class ProgressStore {

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final EntityManager em;
    private final AgroalDataSource data;

    ProgressStore(EntityManager em, AgroalDataSource data) {
        this.em = em;
        this.data = data;
    }

    <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    /**
     * Records a fact and moves the learner's derived rows on by it, in one call of the database's
     * progress_record_fact (V019): the fact, the course row (locked), the item, module and course
     * counts. {@code settled} false: a revocation, or the course row is of another version; the
     * caller recomputes the learner.
     */
    Recorded record(long userId, long courseId, CourseContent.ItemContent item, CompletionFact.Kind kind, Integer score,
            String source, CourseRules shape, boolean satisfies, int requiredInModule, Instant at) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(RECORD_FACT)) {
                bindAll(s, new Object[] {userId, courseId, item.id(), item.moduleId(), kind.name(), score, source,
                    version(shape), at, shape.itemsRequired, shape.modulesRequired(), satisfies, item.required(),
                    requiredInModule, false, NO_RULE, true, 0, false});
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    CourseRow row = new CourseRow(userId, r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4),
                            r.getBoolean(5), Jdbc.instant(r, 6), r.getInt(7), Jdbc.instant(r, 8));
                    // wasNull right after the read it is about: read after another column, it told
                    // about that one, so a course without a rule row missed the rule cache every time.
                    long ruleVersion = r.getLong(12);
                    if (r.wasNull()) {
                        ruleVersion = NO_RULE;
                    }
                    return new Recorded(row, r.getInt(9) == 1, r.getInt(10) == 1, r.getBoolean(11), ruleVersion);
                }
            }
        });
    }

    /**
     * Records a fact in a transaction of its own, in one round trip (progress_record_fact, V019),
     * on a connection of the pool's own (the caller has no transaction open). True when it was
     * committed; false when it was rolled back because it may decide the course under the rule
     * described (or the rule changed, or the learner needs a recompute): the caller then records it
     * with {@link #record} in a transaction of its own. A deadlock is retried: the transaction was
     * all in this one call, so nothing else of the caller's was lost with it.
     */
    boolean recordAlone(long userId, long courseId, CourseContent.ItemContent item, CompletionFact.Kind kind,
            Integer score, String source, CourseRules shape, boolean satisfies, int requiredInModule, Instant at,
            long ruleVersion, CourseRules rule) {
        Object[] values = {userId, courseId, item.id(), item.moduleId(), kind.name(), score, source, version(shape),
            at, shape.itemsRequired, shape.modulesRequired(), satisfies, item.required(), requiredInModule,
            true, ruleVersion, rule.allModules, rule.modulesRequired(), rule.inCondition(item.id())};
        for (int attempt = 1;; attempt++) {
            try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(RECORD_FACT)) {
                bindAll(s, values);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return !r.getBoolean(13);
                }
            } catch (SQLException e) {
                if (!DEADLOCK.equals(e.getSQLState()) || attempt == ALONE_ATTEMPTS) {
                    throw new PersistenceException("Recording a completion fact failed: " + e.getMessage(), e);
                }
            }
        }
    }

    private static final String RECORD_FACT =
            "CALL progress_record_fact(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DEADLOCK = "40001";
    private static final int ALONE_ATTEMPTS = 3;

    private static void bindAll(PreparedStatement s, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                s.setNull(i + 1, java.sql.Types.INTEGER);
            } else {
                Jdbc.bind(s, i + 1, values[i]);
            }
        }
    }

    /**
     * What {@link #record} did: the course row as locked, whether the item and its module became
     * complete, and the version of the course's completion rule now (read with the row).
     */
    record Recorded(CourseRow row, boolean newItem, boolean moduleDone, boolean settled, long ruleVersion) {
    }

    boolean hasFact(long userId, long courseId, long itemId, CompletionFact.Kind kind) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT 1 FROM completion_fact WHERE user_id = ? AND course_id = ? AND item_id = ? AND kind = ? LIMIT 1""")) {
                s.setLong(1, userId);
                s.setLong(2, courseId);
                s.setLong(3, itemId);
                s.setString(4, kind.name());
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** The version of a course without a completion_rule row (the default rule: every module). */
    static final long NO_RULE = -1;

    private static int version(CourseRules rules) {
        return rules.version.version() == null ? 0 : rules.version.version();
    }

    static CourseRow courseRow(Connection c, long userId, long courseId, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT items_done, items_required, modules_done, modules_required, complete, completed_at,
                    course_version, last_activity_at
                FROM course_progress WHERE user_id = ? AND course_id = ?""" + (lock ? " FOR UPDATE" : ""))) {
            s.setLong(1, userId);
            s.setLong(2, courseId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new CourseRow(userId, r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4),
                        r.getBoolean(5), Jdbc.instant(r, 6), r.getInt(7), Jdbc.instant(r, 8)) : null;
            }
        }
    }

    CourseRow courseRow(long userId, long courseId) {
        return work(c -> courseRow(c, userId, courseId, false));
    }

    void markComplete(long userId, long courseId, Instant at) {
        work(c -> Jdbc.update(c, """
                UPDATE course_progress SET complete = TRUE, completed_at = ? WHERE user_id = ? AND course_id = ?""",
                at, userId, courseId));
    }

    Set<Long> doneItems(long userId, long courseId) {
        return work(c -> {
            Set<Long> done = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT item_id FROM item_progress WHERE user_id = ? AND course_id = ?")) {
                s.setLong(1, userId);
                s.setLong(2, courseId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        done.add(r.getLong(1));
                    }
                }
            }
            return done;
        });
    }

    /** The facts of these learners in a course, learner by learner in the order they happened. */
    static List<FactRow> facts(Connection c, long courseId, List<Long> users) throws SQLException {
        List<FactRow> facts = new ArrayList<>();
        if (users.isEmpty()) {
            return facts;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, item_id, kind, score, occurred_at "
                + "FROM completion_fact WHERE course_id = ? AND user_id IN (" + Jdbc.marks(users.size()) + ") "
                + "ORDER BY user_id, occurred_at, id")) {
            s.setLong(1, courseId);
            for (int i = 0; i < users.size(); i++) {
                s.setLong(i + 2, users.get(i));
            }
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int score = r.getInt(4);
                    facts.add(new FactRow(r.getLong(1), r.getLong(2), CompletionFact.Kind.valueOf(r.getString(3)),
                            r.wasNull() ? null : score, Jdbc.instant(r, 5)));
                }
            }
        }
        return facts;
    }

    /** What is stored for these learners now, to write only what a recompute changes. */
    static Map<Long, Stored> stored(Connection c, long courseId, List<Long> users) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        if (users.isEmpty()) {
            return stored;
        }
        for (long user : users) {
            stored.put(user, new Stored(new HashSet<>(), new HashMap<>(), null));
        }
        String in = " AND user_id IN (" + Jdbc.marks(users.size()) + ")";
        try (PreparedStatement s = c.prepareStatement(
                "SELECT user_id, item_id FROM item_progress WHERE course_id = ?" + in)) {
            bindUsers(s, courseId, users);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.get(r.getLong(1)).items().add(r.getLong(2));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, module_id, items_done, items_required, "
                + "completed_at FROM module_progress WHERE course_id = ?" + in)) {
            bindUsers(s, courseId, users);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.get(r.getLong(1)).modules().put(r.getLong(2),
                            new CourseRules.ModuleState(r.getInt(3), r.getInt(4), Jdbc.instant(r, 5)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT user_id, items_done, items_required, modules_done, "
                + "modules_required, complete, completed_at, course_version, last_activity_at "
                + "FROM course_progress WHERE course_id = ?" + in)) {
            bindUsers(s, courseId, users);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long user = r.getLong(1);
                    Stored before = stored.get(user);
                    stored.put(user, new Stored(before.items(), before.modules(), new CourseRow(user, r.getInt(2),
                            r.getInt(3), r.getInt(4), r.getInt(5), r.getBoolean(6), Jdbc.instant(r, 7), r.getInt(8),
                            Jdbc.instant(r, 9))));
                }
            }
        }
        return stored;
    }

    private static void bindUsers(PreparedStatement s, long courseId, List<Long> users) throws SQLException {
        s.setLong(1, courseId);
        for (int i = 0; i < users.size(); i++) {
            s.setLong(i + 2, users.get(i));
        }
    }

    /** A learner's course_progress row; null where there is none. */
    record CourseRow(long userId, int itemsDone, int itemsRequired, int modulesDone, int modulesRequired,
            boolean complete, Instant completedAt, int courseVersion, Instant lastActivity) {
    }

    /** The derived rows stored for one learner; {@code course} null when there is no row yet. */
    record Stored(Set<Long> items, Map<Long, CourseRules.ModuleState> modules, CourseRow course) {
    }
}
