package org.surgalt.progress.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CertificateRepository implements PanacheRepository<Certificate> {

    /** What a new certificate states, frozen at issue. */
    record Issue(String code, long userId, long courseId, int courseVersion, String learnerName, String titleEn,
            String titleMn, BigDecimal onlineHours, BigDecimal f2fHours, Instant completedAt, Instant issuedAt) {
    }

    public Optional<Certificate> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<Certificate> of(long userId, long courseId) {
        return find("userId = ?1 and courseId = ?2", userId, courseId).firstResultOptional();
    }

    public List<Certificate> ofLearner(long userId) {
        return list("userId = ?1 order by completedAt desc", userId);
    }

    /**
     * Writes the certificate unless the learner has one for the course already (true when this
     * call wrote it). An insert that skips the duplicate, rather than a check then an insert: two
     * completions recorded at once must not fail the learner's recording transaction.
     */
    boolean issue(Issue issue) {
        int written = getEntityManager().createNativeQuery("""
                INSERT INTO certificate (code, user_id, course_id, course_version, learner_name, course_title_en,
                    course_title_mn, online_hours, f2f_hours, completed_at, issued_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                ON DUPLICATE KEY UPDATE id = id
                """).setParameter(1, issue.code()).setParameter(2, issue.userId()).setParameter(3, issue.courseId())
                .setParameter(4, issue.courseVersion()).setParameter(5, issue.learnerName())
                .setParameter(6, issue.titleEn()).setParameter(7, issue.titleMn())
                .setParameter(8, issue.onlineHours()).setParameter(9, issue.f2fHours())
                .setParameter(10, issue.completedAt()).setParameter(11, issue.issuedAt()).executeUpdate();
        return written == 1;
    }

    /** The online hours the course's completion rule states (the progress feature's table); 0 when none. */
    BigDecimal onlineHours(long courseId) {
        List<?> rows = getEntityManager()
                .createNativeQuery("SELECT online_hours FROM completion_rule WHERE course_id = ?1")
                .setParameter(1, courseId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? BigDecimal.ZERO : new BigDecimal(rows.get(0).toString());
    }
}
