package org.surgalt.xapi.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.hibernate.Session;

/**
 * Reads what is to be exported, after each stream's cursor, in id order, and keeps the cursors
 * ({@code xapi_export_cursor}, V027). Plain JDBC on the transaction's connection: a batch is one
 * query, whatever its size.
 */
@ApplicationScoped
class ActivityRecords {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private static final String FACTS = """
            SELECT f.id, f.user_id, u.institution_id, f.kind, f.score, f.source, f.occurred_at, f.course_version,
                   c.code, COALESCE(cv.title_en, c.title_en), COALESCE(cv.title_mn, c.title_mn),
                   f.item_id, COALESCE(iv.kind, i.kind), COALESCE(iv.title_en, i.title_en),
                   COALESCE(iv.title_mn, i.title_mn),
                   CASE WHEN f.kind = 'REVOKED' THEN (SELECT MAX(a.id) FROM completion_fact a
                        WHERE a.user_id = f.user_id AND a.item_id = f.item_id AND a.kind = 'ATTENDED' AND a.id < f.id)
                   END
            FROM completion_fact f
            JOIN app_user u ON u.id = f.user_id
            JOIN course c ON c.id = f.course_id
            LEFT JOIN course_version cv ON cv.course_id = f.course_id AND cv.number = f.course_version
            LEFT JOIN item_version iv ON iv.course_version_id = cv.id AND iv.item_id = f.item_id
            LEFT JOIN item i ON i.id = f.item_id
            WHERE f.id > ? ORDER BY f.id LIMIT ?""";

    private static final String CERTIFICATES = """
            SELECT z.id, z.user_id, u.institution_id, z.issued_at, z.course_version, c.code,
                   COALESCE(z.course_title_en, c.title_en), COALESCE(z.course_title_mn, c.title_mn), z.code
            FROM certificate z
            JOIN app_user u ON u.id = z.user_id
            JOIN course c ON c.id = z.course_id
            WHERE z.id > ? ORDER BY z.id LIMIT ?""";

    private final EntityManager em;

    ActivityRecords(EntityManager em) {
        this.em = em;
    }

    /** The stream's cursor, locked for this transaction: one exporter at a time, on any instance. */
    long lockCursor(String stream) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            Long cursor = lockedCursor(c, stream);
            if (cursor != null) {
                return cursor;
            }
            // The stream's first export: its row, then the lock on it as every later export takes it.
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT IGNORE INTO xapi_export_cursor (stream, last_id) VALUES (?, 0)")) {
                insert.setString(1, stream);
                insert.executeUpdate();
            }
            return lockedCursor(c, stream);
        });
    }

    private static Long lockedCursor(Connection c, String stream) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT last_id FROM xapi_export_cursor WHERE stream = ? FOR UPDATE")) {
            select.setString(1, stream);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    void moveCursor(String stream, long lastId) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE xapi_export_cursor SET last_id = ?, updated_at = CURRENT_TIMESTAMP(6) WHERE stream = ?")) {
                update.setLong(1, lastId);
                update.setString(2, stream);
                update.executeUpdate();
            }
        });
    }

    List<ActivityRecord> after(String stream, long cursor, int limit) {
        return em.unwrap(Session.class).doReturningWork(c -> ActivityRecord.FACTS.equals(stream)
                ? facts(c, cursor, limit) : certificates(c, cursor, limit));
    }

    private static List<ActivityRecord> facts(Connection c, long cursor, int limit) throws SQLException {
        List<ActivityRecord> records = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(FACTS)) {
            select.setLong(1, cursor);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new ActivityRecord(ActivityRecord.FACTS, rows.getLong(1), rows.getLong(2),
                            nullableLong(rows, 3), rows.getString(4), nullableInt(rows, 5), rows.getString(6),
                            instant(rows, 7), rows.getInt(8), rows.getString(9), rows.getString(10),
                            rows.getString(11), rows.getLong(12), rows.getString(13), rows.getString(14),
                            rows.getString(15), null, nullableLong(rows, 16)));
                }
            }
        }
        return records;
    }

    private static List<ActivityRecord> certificates(Connection c, long cursor, int limit) throws SQLException {
        List<ActivityRecord> records = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(CERTIFICATES)) {
            select.setLong(1, cursor);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new ActivityRecord(ActivityRecord.CERTIFICATES, rows.getLong(1), rows.getLong(2),
                            nullableLong(rows, 3), "CERTIFICATE", null, "certificate", instant(rows, 4),
                            rows.getInt(5), rows.getString(6), rows.getString(7), rows.getString(8), 0, null, null,
                            null, rows.getString(9), null));
                }
            }
        }
        return records;
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static java.time.Instant instant(ResultSet rows, int column) throws SQLException {
        Timestamp value = rows.getTimestamp(column, (Calendar) UTC.clone());
        return value == null ? null : value.toInstant();
    }
}
