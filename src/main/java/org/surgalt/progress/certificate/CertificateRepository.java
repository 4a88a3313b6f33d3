package org.surgalt.progress.certificate;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CertificateRepository implements PanacheRepository<Certificate> {

    /** What a new certificate states, frozen at issue (with the name and online hours read at issue). */
    record Issue(String code, long userId, long courseId, int courseVersion, String titleEn, String titleMn,
            BigDecimal f2fHours, Instant completedAt, Instant issuedAt) {
    }

    public Optional<Certificate> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<Certificate> of(long userId, long courseId) {
        return find("userId = ?1 and courseId = ?2", userId, courseId).firstResultOptional();
    }

    /** Ids of the certificates in [from, to) that stand: issued and not revoked. */
    public List<Long> standingIds(long from, long to) {
        return getEntityManager().createQuery("select c.id from Certificate c where c.id >= ?1 and c.id < ?2 "
                + "and c.revokedAt is null", Long.class).setParameter(1, from).setParameter(2, to).getResultList();
    }

    public List<Certificate> ofLearner(long userId) {
        return list("userId = ?1 order by completedAt desc", userId);
    }

    /**
     * Writes the certificate unless the learner has one for the course already (true when this
     * call wrote it), with the learner's name as it is now and the online hours the course's
     * completion rule states (the progress feature's table; 0 when none), to a tenth of an hour.
     * An insert that skips the duplicate, rather than a check then an insert: two completions
     * recorded at once must not fail the learner's recording transaction.
     */
    boolean issue(Issue issue) {
        int written = getEntityManager().createNativeQuery("""
                INSERT INTO certificate (code, user_id, course_id, course_version, learner_name, course_title_en,
                    course_title_mn, online_hours, f2f_hours, completed_at, issued_at)
                SELECT ?1, u.id, ?2, ?3, u.display_name, ?4, ?5,
                    GREATEST(ROUND(COALESCE((SELECT r.online_hours FROM completion_rule r WHERE r.course_id = ?2), 0), 1), 0),
                    ?6, ?7, ?8
                FROM app_user u WHERE u.id = ?9
                ON DUPLICATE KEY UPDATE certificate.id = certificate.id
                """).setParameter(1, issue.code()).setParameter(2, issue.courseId())
                .setParameter(3, issue.courseVersion()).setParameter(4, issue.titleEn()).setParameter(5, issue.titleMn())
                .setParameter(6, issue.f2fHours()).setParameter(7, issue.completedAt())
                .setParameter(8, issue.issuedAt()).setParameter(9, issue.userId()).executeUpdate();
        return written == 1;
    }
}
