package org.surgalt.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads audit_event, newest first, a page at a time by keyset on id (the table grows without end,
 * so no OFFSET). Only reads: nothing in the application updates or deletes an event.
 */
@ApplicationScoped
class AuditEvents {

    /** Objects that belong to an institution (object type → its table, which has institution_id). */
    private static final Map<String, String> INSTITUTIONS_OBJECTS = new TreeMap<>(Map.of(
            "person", "app_user", "identity_provider", "identity_provider"));

    private final EntityManager em;

    AuditEvents(EntityManager em) {
        this.em = em;
    }

    List<AuditEvent> page(AuditQuery query, AuditScope scope, int limit) {
        StringBuilder sql = new StringBuilder("SELECT e.id, e.occurred_at, e.actor_id, a.display_name, a.email, "
                + "e.action, e.target_user_id, t.display_name, t.email, e.object_type, e.object_id, e.before_state, "
                + "e.after_state, e.detail, e.address FROM audit_event e LEFT JOIN app_user a ON a.id = e.actor_id "
                + "LEFT JOIN app_user t ON t.id = e.target_user_id WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        if (query.beforeId() != null) {
            sql.append(" AND e.id < ?");
            values.add(query.beforeId());
        }
        person(sql, values, "e.actor_id", "a.email", query.actor());
        person(sql, values, "e.target_user_id", "t.email", query.person());
        if (query.action() != null) {
            if (query.actionIsPrefix()) {
                sql.append(" AND e.action LIKE ?");
                values.add(query.actionPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            } else {
                sql.append(" AND e.action = ?");
                values.add(query.action());
            }
        }
        if (query.objectType() != null) {
            sql.append(" AND e.object_type = ?");
            values.add(query.objectType());
        }
        if (query.objectId() != null) {
            sql.append(" AND e.object_id = ?");
            values.add(query.objectId());
        }
        if (query.fromDate() != null) {
            sql.append(" AND e.occurred_at >= ?");
            values.add(query.fromDate().atStartOfDay());
        }
        if (query.toDate() != null) {
            sql.append(" AND e.occurred_at < ?");
            values.add(query.toDate().plusDays(1).atStartOfDay());
        }
        if (!scope.everything()) {
            String in = String.join(",", scope.institutions().stream().map(id -> "?").toList());
            sql.append(" AND (t.institution_id IN (").append(in).append(")");
            values.addAll(scope.institutions());
            sql.append(" OR (e.object_type = 'institution' AND e.object_id IN (").append(in).append("))");
            scope.institutions().forEach(id -> values.add(id.toString()));
            for (Map.Entry<String, String> owned : INSTITUTIONS_OBJECTS.entrySet()) {
                sql.append(" OR (e.object_type = '").append(owned.getKey()).append("' AND EXISTS (SELECT 1 FROM ")
                        .append(owned.getValue()).append(" o WHERE o.id = CAST(e.object_id AS SIGNED) ")
                        .append("AND o.institution_id IN (").append(in).append(")))");
                values.addAll(scope.institutions());
            }
            sql.append(")");
        }
        sql.append(" ORDER BY e.id DESC LIMIT ").append(limit);
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        List<AuditEvent> events = new ArrayList<>();
        for (Object row : q.getResultList()) {
            Object[] c = (Object[]) row;
            events.add(new AuditEvent(((Number) c[0]).longValue(), instant(c[1]), id(c[2]), (String) c[3],
                    (String) c[4], (String) c[5], id(c[6]), (String) c[7], (String) c[8], (String) c[9],
                    (String) c[10], (String) c[11], (String) c[12], (String) c[13], (String) c[14]));
        }
        return events;
    }

    /** By account id (all digits) or by email address. */
    private static void person(StringBuilder sql, List<Object> values, String idColumn, String emailColumn,
            String who) {
        if (who == null) {
            return;
        }
        if (who.matches("\\d{1,18}")) {
            sql.append(" AND ").append(idColumn).append(" = ?");
            values.add(Long.parseLong(who));
        } else {
            sql.append(" AND ").append(emailColumn).append(" = ?");
            values.add(who);
        }
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
