package org.surgalt.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/** The audit events as stored, read in a transaction of their own (what the audit page reads). */
public final class AuditRows {

    /** One stored event, its JSON states as text. */
    public record Row(long id, Long actorId, String action, Long personId, String objectType, String objectId,
            String before, String after, String address) {
    }

    private AuditRows() {
    }

    /** The events on this object, oldest first. */
    public static List<Row> about(String objectType, Object objectId) {
        return query("object_type = ?1 AND object_id = ?2", objectType, objectId.toString());
    }

    /** The events about this person (the person concerned), oldest first. */
    public static List<Row> ofPerson(long personId) {
        return query("target_user_id = ?1", personId);
    }

    /** The events with this action on this object, oldest first. */
    public static List<Row> of(String action, String objectType, Object objectId) {
        return query("action = ?1 AND object_type = ?2 AND object_id = ?3", action, objectType, objectId.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<Row> query(String where, Object... values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            var query = em.createNativeQuery("SELECT id, actor_id, action, target_user_id, object_type, object_id, "
                    + "before_state, after_state, address FROM audit_event WHERE " + where + " ORDER BY id");
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            List<Row> rows = new ArrayList<>();
            for (Object[] c : (List<Object[]>) query.getResultList()) {
                rows.add(new Row(((Number) c[0]).longValue(), c[1] == null ? null : ((Number) c[1]).longValue(),
                        (String) c[2], c[3] == null ? null : ((Number) c[3]).longValue(), (String) c[4],
                        (String) c[5], (String) c[6], (String) c[7], (String) c[8]));
            }
            return rows;
        });
    }
}
