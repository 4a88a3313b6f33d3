package org.surgalt.h5p;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Learners' saved H5P user data, in plain JDBC on the transaction's connection like the SCORM
 * runtime data: a save is a small, frequent write.
 */
@ApplicationScoped
class H5pStore {

    private static final String COLUMNS = "id, user_id, course_id, item_id, package_sha256, counts, state, seq,"
            + " fact_recorded";

    private final EntityManager em;

    H5pStore(EntityManager em) {
        this.em = em;
    }

    /** A learner's record for an item: the state to resume from (null: none yet) and its save number. */
    record UserData(long id, long userId, long courseId, long itemId, String packageSha256, boolean counts,
            String state, long seq, boolean factRecorded) {
    }

    Optional<UserData> byId(long id, boolean lock) {
        return work(c -> one(c, "SELECT " + COLUMNS + " FROM h5p_user_data WHERE id = ?" + (lock ? " FOR UPDATE" : ""),
                id));
    }

    /**
     * The learner's record for the item, made when there is none. When the item now plays another
     * package than the one the state was saved for, the state is dropped: another activity cannot
     * read it. Whether the launch counts follows the latest launch (a learner who became staff).
     */
    UserData open(long userId, long courseId, long itemId, String packageSha256, boolean counts) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO h5p_user_data (user_id, course_id, item_id,"
                    + " package_sha256, counts) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                    + " state = IF(package_sha256 = VALUES(package_sha256), state, NULL),"
                    + " package_sha256 = VALUES(package_sha256), counts = VALUES(counts)")) {
                s.setLong(1, userId);
                s.setLong(2, courseId);
                s.setLong(3, itemId);
                s.setString(4, packageSha256);
                s.setBoolean(5, counts);
                s.executeUpdate();
            }
            return one(c, "SELECT " + COLUMNS + " FROM h5p_user_data WHERE user_id = ? AND item_id = ?", userId,
                    itemId).orElseThrow();
        });
    }

    /** Stores a save unless one with a higher number is already stored; whether it was stored. */
    boolean save(long id, long seq, String state) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE h5p_user_data SET state = ?, seq = ?,"
                    + " updated_at = CURRENT_TIMESTAMP(6) WHERE id = ? AND seq < ?")) {
                s.setString(1, state);
                s.setLong(2, seq);
                s.setLong(3, id);
                s.setLong(4, seq);
                return s.executeUpdate() == 1;
            }
        });
    }

    void factRecorded(long id) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE h5p_user_data SET fact_recorded = TRUE WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    private static Optional<UserData> one(java.sql.Connection c, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new UserData(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getString(5),
                        r.getBoolean(6), r.getString(7), r.getLong(8), r.getBoolean(9)));
            }
        }
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }
}
