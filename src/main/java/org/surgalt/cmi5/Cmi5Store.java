package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The cmi5 tables (V025), in plain JDBC on the transaction's connection, as scorm/ScormStore does:
 * an AU's statements pass through here on every request it makes to the LRS.
 */
@ApplicationScoped
class Cmi5Store {

    private static final String AU_COLUMNS = "a.item_id, a.cmi5_course_id, a.au_index, a.publisher_id, a.url,"
            + " a.move_on, a.mastery_score, a.launch_method, a.launch_parameters, a.entitlement_key, a.activity_type,"
            + " a.objectives, c.course_id, c.package_sha256, c.publisher_id, c.structure";
    private static final String SESSION_COLUMNS = "s.id, s.session_id, s.registration_id, r.registration, r.user_id,"
            + " s.item_id, s.course_version, s.launch_mode, s.counts, s.fetched, s.state, s.verbs, s.launched_at,"
            + " s.last_statement_at, s.prefs_read";

    private final EntityManager em;

    Cmi5Store(EntityManager em) {
        this.em = em;
    }

    /** An AU item with its import: everything a launch and the statement rules need. */
    record AuItem(long itemId, long cmi5CourseId, int auIndex, String publisherId, String url, String moveOn,
            BigDecimal masteryScore, String launchMethod, String launchParameters, String entitlementKey,
            String activityType, String objectives, long courseId, String packageSha256, String coursePublisherId,
            String structure) {
    }

    record Registration(long id, String registration, long userId, long cmi5CourseId, boolean created) {
    }

    record Cmi5Session(long id, String sessionId, long registrationId, String registration, long userId, long itemId,
            int courseVersion, String launchMode, boolean counts, boolean fetched, String state, Set<String> verbs,
            Instant launchedAt, Instant lastStatementAt, boolean prefsRead) {

        boolean ended() {
            return "TERMINATED".equals(state) || "ABANDONED".equals(state);
        }
    }

    record NewAu(long itemId, int auIndex, String publisherId, String url, String moveOn, BigDecimal masteryScore,
            String launchMethod, String launchParameters, String entitlementKey, String activityType,
            String objectives) {
    }

    long insertCourse(long courseId, String publisherId, String packageSha256, String structure, long importedBy) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cmi5_course (course_id, publisher_id,"
                    + " package_sha256, structure, imported_by) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                bind(s, courseId, publisherId, packageSha256, structure, importedBy);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    void insertAus(long cmi5CourseId, List<NewAu> aus) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cmi5_au (item_id, cmi5_course_id, au_index,"
                    + " publisher_id, url, move_on, mastery_score, launch_method, launch_parameters, entitlement_key,"
                    + " activity_type, objectives) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (NewAu au : aus) {
                    bind(s, au.itemId(), cmi5CourseId, au.auIndex(), au.publisherId(), au.url(), au.moveOn(),
                            au.masteryScore(), au.launchMethod(), au.launchParameters(), au.entitlementKey(),
                            au.activityType(), au.objectives());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    Optional<AuItem> au(long itemId) {
        return work(c -> {
            List<AuItem> found = aus(c, "a.item_id = ?", itemId);
            return found.stream().findFirst();
        });
    }

    List<AuItem> aus(long cmi5CourseId) {
        return work(c -> aus(c, "a.cmi5_course_id = ? ORDER BY a.au_index", cmi5CourseId));
    }

    private List<AuItem> aus(Connection c, String where, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + AU_COLUMNS
                + " FROM cmi5_au a JOIN cmi5_course c ON c.id = a.cmi5_course_id WHERE " + where)) {
            bind(s, parameter);
            List<AuItem> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new AuItem(r.getLong(1), r.getLong(2), r.getInt(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getBigDecimal(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), r.getString(12), r.getLong(13), r.getString(14), r.getString(15),
                            r.getString(16)));
                }
            }
            return list;
        }
    }

    /** The learner's registration for an imported course structure, made on first use and kept. */
    Registration registration(long userId, long cmi5CourseId) {
        return work(c -> {
            Optional<Registration> known = findRegistration(c, userId, cmi5CourseId);
            if (known.isPresent()) {
                return known.get();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO cmi5_registration (registration,"
                    + " user_id, cmi5_course_id) VALUES (?, ?, ?)")) {
                bind(s, UUID.randomUUID().toString(), userId, cmi5CourseId);
                boolean created = s.executeUpdate() == 1;
                Registration made = findRegistration(c, userId, cmi5CourseId).orElseThrow();
                return new Registration(made.id(), made.registration(), userId, cmi5CourseId, created);
            }
        });
    }

    Optional<Registration> findRegistration(long userId, long cmi5CourseId) {
        return work(c -> findRegistration(c, userId, cmi5CourseId));
    }

    private Optional<Registration> findRegistration(Connection c, long userId, long cmi5CourseId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, registration FROM cmi5_registration"
                + " WHERE user_id = ? AND cmi5_course_id = ? FOR UPDATE")) {
            bind(s, userId, cmi5CourseId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Registration(r.getLong(1), r.getString(2), userId, cmi5CourseId, false))
                        : Optional.empty();
            }
        }
    }

    Cmi5Session startSession(long registrationId, long itemId, int courseVersion, String launchMode, boolean counts) {
        String sessionId = UUID.randomUUID().toString();
        long id = work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO cmi5_session (session_id, registration_id,"
                    + " item_id, course_version, launch_mode, counts) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(s, sessionId, registrationId, itemId, courseVersion, launchMode, counts);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return session(id, false).orElseThrow();
    }

    Optional<Cmi5Session> session(long id, boolean lock) {
        return work(c -> sessions(c, "s.id = ?" + (lock ? " FOR UPDATE" : ""), id).stream().findFirst());
    }

    /** The registration's sessions still open (launched or initialized, neither terminated nor abandoned). */
    List<Cmi5Session> openSessions(long registrationId) {
        return work(c -> sessions(c, "s.registration_id = ? AND s.state IN ('LAUNCHED', 'INITIALIZED') FOR UPDATE",
                registrationId));
    }

    /** The learner's latest sessions of an item, newest first. */
    List<Cmi5Session> sessionsOf(long registrationId, long itemId) {
        return work(c -> sessions(c, "s.registration_id = ? AND s.item_id = ? ORDER BY s.id DESC LIMIT 20",
                registrationId, itemId));
    }

    private List<Cmi5Session> sessions(Connection c, String where, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + SESSION_COLUMNS
                + " FROM cmi5_session s JOIN cmi5_registration r ON r.id = s.registration_id WHERE " + where)) {
            bind(s, parameters);
            List<Cmi5Session> list = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Set<String> verbs = new HashSet<>();
                    for (String verb : r.getString(12).split(",")) {
                        if (!verb.isEmpty()) {
                            verbs.add(verb);
                        }
                    }
                    Timestamp last = r.getTimestamp(14);
                    list.add(new Cmi5Session(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getLong(5),
                            r.getLong(6), r.getInt(7), r.getString(8), r.getBoolean(9), r.getBoolean(10), r.getString(11),
                            verbs, r.getTimestamp(13).toInstant(), last == null ? null : last.toInstant(), r.getBoolean(15)));
                }
            }
            return list;
        }
    }

    /** Marks the session's fetch URL used: true the first time only. */
    boolean fetch(long sessionId) {
        return work(c -> update(c, "UPDATE cmi5_session SET fetched = TRUE WHERE id = ? AND NOT fetched"
                + " AND state IN ('LAUNCHED', 'INITIALIZED')", sessionId)) == 1;
    }

    void saveSession(long id, String state, Set<String> verbs, Instant lastStatementAt) {
        work(c -> update(c, "UPDATE cmi5_session SET state = ?, verbs = ?, last_statement_at = ? WHERE id = ?", state,
                String.join(",", new java.util.TreeSet<>(verbs)), Timestamp.from(lastStatementAt), id));
    }

    void prefsRead(long id) {
        work(c -> update(c, "UPDATE cmi5_session SET prefs_read = TRUE WHERE id = ? AND NOT prefs_read", id));
    }

    void abandon(long id) {
        work(c -> update(c, "UPDATE cmi5_session SET state = 'ABANDONED' WHERE id = ?", id));
    }

    /** "node what" pairs the registration has achieved, e.g. "au:0 completed", "block:2 satisfied". */
    Set<String> progress(long registrationId) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT node, what FROM cmi5_progress WHERE registration_id = ?")) {
                bind(s, registrationId);
                Set<String> done = new HashSet<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        done.add(r.getString(1) + " " + r.getString(2));
                    }
                }
                return done;
            }
        });
    }

    /** Records an achievement; false when the registration had it already. */
    boolean achieve(long registrationId, String node, String what) {
        return work(c -> update(c, "INSERT IGNORE INTO cmi5_progress (registration_id, node, what) VALUES (?, ?, ?)",
                registrationId, node, what)) == 1;
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
