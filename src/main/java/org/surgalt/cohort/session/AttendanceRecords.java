package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.surgalt.identity.AuditLog;

/**
 * Attendance marks as records from a school node (issue 24, sync-up), written on the national side by
 * the declared rule (deploy/NODE-PROTOCOL.md §5): a mark is the facilitator's latest word on a seat, so
 * the later mark wins, whichever side made it; a node's mark older than the national one is kept out
 * and the conflict is on the audit log. Its ATTENDED or REVOKED fact goes up as a fact of its own.
 */
@ApplicationScoped
public class AttendanceRecords {

    /** A mark in national ids; {@code recordedBy} null when the node's marker has no national link. */
    public record Mark(long session, long person, String status, String method, Long recordedBy, Instant recordedAt) {
    }

    private final EntityManager em;
    private final AuditLog audit;

    AttendanceRecords(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** Whether the session is one of the course's, for the item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isSessionOf(long session, long courseId, long itemId) {
        return !em.createNativeQuery("SELECT 1 FROM f2f_session WHERE id = ?1 AND course_id = ?2 AND item_id = ?3")
                .setParameter(1, session).setParameter(2, courseId).setParameter(3, itemId).getResultList().isEmpty();
    }

    /** Whether a status and method are ones a mark has. */
    public static boolean known(String status, String method) {
        try {
            Attendance.Status.valueOf(status);
            Attendance.Method.valueOf(method);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Writes the mark unless the seat has a later one here (then the conflict is audited). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Mark mark, long nodeId) {
        List<?> rows = em.createNativeQuery("SELECT status, recorded_at FROM attendance WHERE session_id = ?1 "
                + "AND user_id = ?2 FOR UPDATE").setParameter(1, mark.session()).setParameter(2, mark.person())
                .getResultList();
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT INTO attendance (session_id, user_id, status, method, recorded_by, "
                    + "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, mark.session())
                    .setParameter(2, mark.person()).setParameter(3, mark.status()).setParameter(4, mark.method())
                    .setParameter(5, mark.recordedBy()).setParameter(6, mark.recordedAt()).executeUpdate();
            return;
        }
        Object[] here = (Object[]) rows.get(0);
        Instant hereAt = instant(here[1]);
        if (hereAt.isAfter(mark.recordedAt())) {
            if (!mark.status().equals(here[0])) {
                audit.record(AuditLog.by((Long) null, "node.attendance_conflict").object("session", mark.session())
                        .person(mark.person()).before(Map.of("status", here[0], "recordedAt", hereAt.toString()))
                        .after(Map.of("status", mark.status(), "recordedAt", mark.recordedAt().toString(),
                                "node", nodeId))
                        .detail("a school node's older attendance mark was kept out: the later mark wins"));
            }
            return;
        }
        em.createNativeQuery("UPDATE attendance SET status = ?1, method = ?2, recorded_by = ?3, recorded_at = ?4, "
                + "version = version + 1 WHERE session_id = ?5 AND user_id = ?6").setParameter(1, mark.status())
                .setParameter(2, mark.method()).setParameter(3, mark.recordedBy()).setParameter(4, mark.recordedAt())
                .setParameter(5, mark.session()).setParameter(6, mark.person()).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                : value instanceof Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC) : (Instant) value;
    }
}
