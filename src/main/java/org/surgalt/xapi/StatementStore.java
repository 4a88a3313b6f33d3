package org.surgalt.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Statements in plain JDBC on the transaction's connection (the LRS's hot path: a batch of
 * statements is a handful of batched inserts). The tables and how queries use them are described
 * in V023__store_xapi_statements.sql.
 */
@ApplicationScoped
class StatementStore {

    private final EntityManager em;

    StatementStore(EntityManager em) {
        this.em = em;
    }

    /** A stored statement's row. */
    record Row(long seq, UUID id, long storedMs, Long institutionId, boolean voided, UUID voids, String body) {
    }

    record NewRow(UUID id, long storedMs, Long institutionId, Long clientId, boolean voided, UUID voids,
            String version, String body, Collection<StatementKeys.Key> keys) {
    }

    record KeyFilter(byte[] hash, boolean directOnly) {
    }

    /** A query of statements: every key must match; cursor is the last seq of the previous page. */
    record Query(List<KeyFilter> keys, Long sinceMs, Long untilMs, boolean ascending, Long cursor, int limit,
            boolean scoped, Long institutionId) {
    }

    /**
     * since and until become a range of the stored order as well, so that a key's rows are read from
     * there and not from its first or last statement. Stored order and "stored" agree except among
     * requests storing at the same moment (stored is taken just before the insert), so the range is
     * widened by this many statements; the exact stored_ms condition stays.
     */
    static final long ORDER_SLACK = 10_000;

    private Long boundary(String sql, long storedMs) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, storedMs);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : null;
                }
            }
        });
    }

    private static final String COLUMNS = "s.seq, s.id, s.stored_ms, s.institution_id, s.voided, s.voids, s.body";

    Map<UUID, Row> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return work(c -> {
            Map<UUID, Row> rows = new HashMap<>();
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM xapi_statement s WHERE s.id IN ("
                    + marks + ")")) {
                int i = 1;
                for (UUID id : ids) {
                    s.setBytes(i++, bytes(id));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Row row = row(r);
                        rows.put(row.id(), row);
                    }
                }
            }
            return rows;
        });
    }

    Optional<Row> byId(UUID id) {
        return Optional.ofNullable(byIds(List.of(id)).get(id));
    }

    /** Which of these ids a stored voiding statement already targets (a voiding that arrived before its target). */
    java.util.Set<UUID> voidedAlready(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return work(c -> {
            java.util.Set<UUID> voided = new java.util.HashSet<>();
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT voids FROM xapi_statement WHERE voids IN (" + marks + ")")) {
                int i = 1;
                for (UUID id : ids) {
                    s.setBytes(i++, bytes(id));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        voided.add(uuid(r.getBytes(1)));
                    }
                }
            }
            return voided;
        });
    }

    /** Inserts the statements and their keys; returns their seqs in order. */
    List<Long> insert(List<NewRow> rows) {
        return work(c -> {
            List<Long> seqs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO xapi_statement (id, stored_ms, institution_id,"
                    + " client_id, voided, voids, version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (NewRow row : rows) {
                    s.setBytes(1, bytes(row.id()));
                    s.setLong(2, row.storedMs());
                    s.setObject(3, row.institutionId());
                    s.setObject(4, row.clientId());
                    s.setBoolean(5, row.voided());
                    s.setBytes(6, row.voids() == null ? null : bytes(row.voids()));
                    s.setString(7, row.version());
                    s.setString(8, row.body());
                    s.addBatch();
                }
                s.executeBatch();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    while (keys.next()) {
                        seqs.add(keys.getLong(1));
                    }
                }
            }
            if (seqs.size() != rows.size()) {
                throw new IllegalStateException("generated keys: " + seqs.size() + " for " + rows.size());
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT IGNORE INTO xapi_statement_key (key_hash, seq, direct) VALUES (?, ?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    for (StatementKeys.Key key : rows.get(i).keys()) {
                        s.setBytes(1, key.hash());
                        s.setLong(2, seqs.get(i));
                        s.setBoolean(3, key.direct());
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            return seqs;
        });
    }

    /** The keys of a targeted statement, given to the statement that refers to it (StatementRef filter rule). */
    void copyKeys(long fromSeq, long toSeq) {
        update("INSERT IGNORE INTO xapi_statement_key (key_hash, seq, direct) SELECT key_hash, ?, direct"
                + " FROM xapi_statement_key WHERE seq = ?", toSeq, fromSeq);
    }

    void markVoided(UUID id) {
        update("UPDATE xapi_statement SET voided = TRUE WHERE id = ?", (Object) bytes(id));
    }

    List<Row> query(Query q) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS);
        List<Object> parameters = new ArrayList<>();
        String order;
        if (q.keys().isEmpty()) {
            sql.append(" FROM xapi_statement s WHERE s.voided = FALSE");
            order = "s.seq";
        } else {
            sql.append(" FROM xapi_statement_key k0");
            for (int i = 1; i < q.keys().size(); i++) {
                KeyFilter key = q.keys().get(i);
                sql.append(" JOIN xapi_statement_key k").append(i).append(" ON k").append(i).append(".seq = k0.seq AND k")
                        .append(i).append(".key_hash = ?").append(key.directOnly() ? " AND k" + i + ".direct" : "");
                parameters.add(key.hash());
            }
            sql.append(" JOIN xapi_statement s ON s.seq = k0.seq WHERE k0.key_hash = ?")
                    .append(q.keys().get(0).directOnly() ? " AND k0.direct" : "").append(" AND s.voided = FALSE");
            parameters.add(q.keys().get(0).hash());
            order = "k0.seq";
        }
        if (q.sinceMs() != null) {
            sql.append(" AND s.stored_ms > ?");
            parameters.add(q.sinceMs());
            Long first = boundary("SELECT seq FROM xapi_statement WHERE stored_ms > ? ORDER BY stored_ms LIMIT 1",
                    q.sinceMs());
            if (first == null) {
                return List.of();
            }
            sql.append(" AND ").append(order).append(" >= ?");
            parameters.add(first - ORDER_SLACK);
        }
        if (q.untilMs() != null) {
            sql.append(" AND s.stored_ms <= ?");
            parameters.add(q.untilMs());
            Long last = boundary("SELECT seq FROM xapi_statement WHERE stored_ms <= ? ORDER BY stored_ms DESC LIMIT 1",
                    q.untilMs());
            if (last == null) {
                return List.of();
            }
            sql.append(" AND ").append(order).append(" <= ?");
            parameters.add(last + ORDER_SLACK);
        }
        if (q.cursor() != null) {
            sql.append(" AND ").append(order).append(q.ascending() ? " > ?" : " < ?");
            parameters.add(q.cursor());
        }
        if (q.scoped()) {
            sql.append(" AND s.institution_id = ?");
            parameters.add(q.institutionId() == null ? -1L : q.institutionId());
        }
        sql.append(" ORDER BY ").append(order).append(q.ascending() ? " ASC" : " DESC").append(" LIMIT ?");
        parameters.add(q.limit());
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    s.setObject(i + 1, parameters.get(i));
                }
                List<Row> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(row(r));
                    }
                }
                return rows;
            }
        });
    }

    void putAttachment(String sha2, String contentType, byte[] content) {
        update("INSERT IGNORE INTO xapi_attachment (sha2, content_type, length, content) VALUES (?, ?, ?, ?)",
                sha2, contentType.length() > 255 ? contentType.substring(0, 255) : contentType, (long) content.length,
                content);
    }

    record Attachment(String sha2, String contentType, byte[] content) {
    }

    Optional<Attachment> attachment(String sha2) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 = ?")) {
                s.setString(1, sha2);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Attachment(r.getString(1), r.getString(2), r.getBytes(3)))
                            : Optional.empty();
                }
            }
        });
    }

    Optional<String> activityDefinition(byte[] idHash) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT definition FROM xapi_activity WHERE id_hash = ?")) {
                s.setBytes(1, idHash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    void putActivityDefinition(byte[] idHash, String activityId, String definition, long nowMs) {
        update("INSERT INTO xapi_activity (id_hash, activity_id, definition, updated_ms) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE definition = VALUES(definition), updated_ms = VALUES(updated_ms)",
                idHash, activityId, definition, nowMs);
    }

    private static Row row(ResultSet r) throws SQLException {
        byte[] voids = r.getBytes(6);
        return new Row(r.getLong(1), uuid(r.getBytes(2)), r.getLong(3), (Long) r.getObject(4, Long.class),
                r.getBoolean(5), voids == null ? null : uuid(voids), new String(r.getBytes(7), StandardCharsets.UTF_8));
    }

    private void update(String sql, Object... parameters) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
