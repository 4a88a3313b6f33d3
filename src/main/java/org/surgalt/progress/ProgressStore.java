package org.surgalt.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

    ProgressStore(EntityManager em) {
        this.em = em;
    }

    <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }

    void insertFact(long userId, long courseId, long itemId, CompletionFact.Kind kind, Integer score, String source,
            int version, Instant at) {
        work(c -> Jdbc.update(c, """
                INSERT INTO completion_fact (user_id, course_id, item_id, kind, score, source, course_version, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", userId, courseId, itemId, kind.name(), score, source, version, at));
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

    /**
     * Creates the learner's course row (0 of the version's required items) or bumps its last
     * activity, and returns it locked: every later step for this learner and course waits here,
     * so two facts recorded at once cannot both decide the course just became complete.
     */
    Touched touchCourse(long userId, long courseId, CourseRules rules, Instant at) {
        return work(c -> {
            Jdbc.update(c, """
                    INSERT INTO course_progress (user_id, course_id, items_required, modules_required, last_activity_at,
                        course_version)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE last_activity_at = GREATEST(COALESCE(last_activity_at, VALUES(last_activity_at)),
                        VALUES(last_activity_at))""",
                    userId, courseId, rules.itemsRequired, rules.modulesRequired(), at, version(rules));
            // The rule's version comes with the row, in the same statement: no query of its own.
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT items_done, items_required, modules_done, modules_required, complete, completed_at,
                        course_version, last_activity_at,
                        (SELECT r.version FROM completion_rule r WHERE r.course_id = p.course_id)
                    FROM course_progress p WHERE user_id = ? AND course_id = ? FOR UPDATE""")) {
                s.setLong(1, userId);
                s.setLong(2, courseId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    CourseRow row = new CourseRow(userId, r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4),
                            r.getBoolean(5), Jdbc.instant(r, 6), r.getInt(7), Jdbc.instant(r, 8));
                    long ruleVersion = r.getLong(9);
                    return new Touched(row, r.wasNull() ? NO_RULE : ruleVersion);
                }
            }
        });
    }

    /** The version of a course without a completion_rule row (the default rule: every module). */
    static final long NO_RULE = -1;

    /** A learner's course_progress row, locked, and the version of the course's completion rule now. */
    record Touched(CourseRow row, long ruleVersion) {
    }

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

    /** True when the item was not complete before. */
    boolean insertItem(long userId, long courseId, long moduleId, long itemId, Instant at) {
        return work(c -> Jdbc.update(c, """
                INSERT IGNORE INTO item_progress (user_id, course_id, module_id, item_id, completed_at)
                VALUES (?, ?, ?, ?, ?)""", userId, courseId, moduleId, itemId, at)) == 1;
    }

    /**
     * Adds {@code done} (0 or 1) required items to the learner's module row, creating it; true
     * when that made the module complete.
     */
    boolean bumpModule(long userId, long courseId, long moduleId, int done, int required, Instant at) {
        return work(c -> {
            Jdbc.update(c, """
                    INSERT INTO module_progress (user_id, course_id, module_id, items_done, items_required)
                    VALUES (?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE items_done = items_done + VALUES(items_done),
                        items_required = VALUES(items_required)""", userId, courseId, moduleId, done, required);
            if (done == 0 || required == 0) {
                return false;
            }
            return Jdbc.update(c, """
                    UPDATE module_progress SET completed_at = ?
                    WHERE user_id = ? AND module_id = ? AND completed_at IS NULL AND items_done >= items_required""",
                    at, userId, moduleId) == 1;
        });
    }

    void bumpCourse(long userId, long courseId, int items, int modules) {
        work(c -> Jdbc.update(c, """
                UPDATE course_progress SET items_done = items_done + ?, modules_done = modules_done + ?
                WHERE user_id = ? AND course_id = ?""", items, modules, userId, courseId));
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
