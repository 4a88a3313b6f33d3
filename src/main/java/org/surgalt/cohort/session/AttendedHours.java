package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.surgalt.progress.FaceToFaceHours;

/** The hours of a course's sessions a learner was present or late at, to one decimal (for certificates). */
// Unremovable: the certificates look it up through the interface, which may be its only use.
@io.quarkus.arc.Unremovable
@ApplicationScoped
public class AttendedHours implements FaceToFaceHours {

    private static final String SECONDS = """
            SELECT COALESCE(SUM(TIMESTAMPDIFF(SECOND, s.starts_at, s.ends_at)), 0)
            FROM f2f_session s JOIN attendance a ON a.session_id = s.id
            WHERE s.course_id = ?1 AND a.user_id = ?2 AND a.status IN ('PRESENT', 'LATE')
            """;

    private final EntityManager entityManager;

    AttendedHours(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public BigDecimal attended(long userId, long courseId) {
        Number seconds = (Number) entityManager.createNativeQuery(SECONDS).setParameter(1, courseId)
                .setParameter(2, userId).getSingleResult();
        return new BigDecimal(seconds.toString()).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }
}
