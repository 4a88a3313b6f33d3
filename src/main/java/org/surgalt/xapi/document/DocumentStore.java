package org.surgalt.xapi.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The documents table, in plain JDBC on the transaction's connection: a document is bytes under a
 * hashed key, read and written whole, which is all an entity would add nothing to; and content
 * saves its state often (cmi5 and H5P on every interaction).
 */
@ApplicationScoped
class DocumentStore {

    private final EntityManager em;

    DocumentStore(EntityManager em) {
        this.em = em;
    }

    /** The document, locked for the rest of the transaction when {@code lock}. */
    Optional<XapiDocument> find(DocumentKey key, boolean lock) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content_type, content, etag, updated_at"
                    + " FROM xapi_document WHERE doc_key = ?" + (lock ? " FOR UPDATE" : ""))) {
                s.setBytes(1, key.key());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new XapiDocument(r.getString(1), r.getBytes(2), r.getString(3),
                            r.getTimestamp(4).toInstant())) : Optional.empty();
                }
            }
        });
    }

    /** Stores a new document; false when one with the key exists already (another request made it first). */
    boolean insert(DocumentKey key, String contentType, byte[] content, Instant now) {
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO xapi_document (doc_key, doc_set, kind,"
                    + " institution_id, activity_id, agent, registration, document_id, content_type, content, etag,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setBytes(1, key.key());
                s.setBytes(2, key.set());
                s.setString(3, key.kind().name());
                s.setObject(4, key.institutionId());
                s.setString(5, key.activityId());
                s.setString(6, key.agent());
                s.setString(7, key.registration());
                s.setString(8, key.documentId());
                s.setString(9, contentType);
                s.setBytes(10, content);
                s.setString(11, DocumentContent.etag(content));
                s.setTimestamp(12, Timestamp.from(now));
                s.executeUpdate();
                return true;
            } catch (SQLIntegrityConstraintViolationException e) {
                if (e.getErrorCode() == 1062) {
                    return false;
                }
                throw e;
            }
        });
    }

    void replace(DocumentKey key, String contentType, byte[] content, Instant now) {
        update("UPDATE xapi_document SET content_type = ?, content = ?, etag = ?, updated_at = ? WHERE doc_key = ?",
                contentType, content, DocumentContent.etag(content), Timestamp.from(now), key.key());
    }

    void delete(DocumentKey key) {
        update("DELETE FROM xapi_document WHERE doc_key = ?", (Object) key.key());
    }

    /** The State resource's delete-all: the set's documents, of one registration when it is given. */
    void deleteAll(DocumentKey set) {
        if (set.registration() == null) {
            update("DELETE FROM xapi_document WHERE doc_set = ?", (Object) set.set());
        } else {
            update("DELETE FROM xapi_document WHERE doc_set = ? AND registration = ?", set.set(), set.registration());
        }
    }

    /** The ids of the set's documents changed after {@code since} (all when null), oldest first. */
    List<String> ids(DocumentKey set, Instant since) {
        StringBuilder sql = new StringBuilder("SELECT document_id FROM xapi_document WHERE doc_set = ?");
        List<Object> values = new ArrayList<>(List.of(set.set()));
        if (set.registration() != null) {
            sql.append(" AND registration = ?");
            values.add(set.registration());
        }
        if (since != null) {
            sql.append(" AND updated_at > ?");
            values.add(Timestamp.from(since));
        }
        sql.append(" ORDER BY updated_at, id");
        return work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                bind(s, values.toArray());
                List<String> ids = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    private void update(String sql, Object... values) {
        work(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, values);
                return s.executeUpdate();
            }
        });
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
