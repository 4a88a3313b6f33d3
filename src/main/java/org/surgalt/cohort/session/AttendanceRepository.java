package org.surgalt.cohort.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, Seat> {

    Optional<Attendance> of(long sessionId, long userId) {
        return findByIdOptional(new Seat(sessionId, userId));
    }

    List<Attendance> ofSession(long sessionId) {
        return list("seat.sessionId", sessionId);
    }

    /** Whether the learner was present or late at any of these sessions (of one item). */
    boolean attendedAny(long userId, List<Long> sessionIds) {
        return !sessionIds.isEmpty() && count("seat.userId = ?1 and seat.sessionId in ?2 and status in ?3", userId,
                sessionIds, List.of(Attendance.Status.PRESENT, Attendance.Status.LATE)) > 0;
    }

    boolean codeUsed(long sessionId, long userId, long window) {
        return ((Number) getEntityManager().createNativeQuery(
                "SELECT COUNT(*) FROM checkin_use WHERE session_id = ?1 AND user_id = ?2 AND code_window = ?3")
                .setParameter(1, sessionId).setParameter(2, userId).setParameter(3, window).getSingleResult())
                .longValue() > 0;
    }

    void useCode(long sessionId, long userId, long window) {
        getEntityManager().createNativeQuery(
                "INSERT INTO checkin_use (session_id, user_id, code_window) VALUES (?1, ?2, ?3)")
                .setParameter(1, sessionId).setParameter(2, userId).setParameter(3, window).executeUpdate();
    }
}
