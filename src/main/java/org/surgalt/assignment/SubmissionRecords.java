package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Submissions as records between a school node and the national server (issue 24, sync-up): on the
 * node, a handed-in submission as it is now, with its files; on the national side, that record
 * written into the learner's submission by the declared rule (deploy/NODE-PROTOCOL.md §5): the node's
 * latest hand-in (body, files, attempts, time, lateness) is taken when its attempt count is not behind
 * the national one; grading stays the national side's.
 */
@ApplicationScoped
public class SubmissionRecords {

    /** A submitted file: its content's SHA-256 (an asset), name, type and size. */
    public record FileRef(String sha256, String filename, String mediaType, long size) {
    }

    /**
     * A handed-in submission. {@code pendingFiles}: a file is still being checked on the node, so the
     * record must wait. {@code team}: handed in by a team (those do not go up yet).
     */
    public record HandedIn(long submission, long learner, long course, long item, String body, int attempts,
            Instant submittedAt, boolean late, List<FileRef> files, boolean pendingFiles, boolean team) {
    }

    private final EntityManager em;

    SubmissionRecords(EntityManager em) {
        this.em = em;
    }

    /** A submission as handed in now; empty for a draft or a submission that is gone. */
    @Transactional
    public Optional<HandedIn> handedIn(long submissionId) {
        List<?> rows = em.createNativeQuery("SELECT learner_id, course_id, item_id, body, attempts, submitted_at, "
                + "late, team_id FROM submission WHERE id = ?1 AND state <> 'DRAFT'").setParameter(1, submissionId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        List<FileRef> files = new ArrayList<>();
        boolean pending = false;
        for (Object o : em.createNativeQuery("SELECT f.sha256, f.filename, f.media_type, a.size, f.rejection "
                + "FROM submission_file f LEFT JOIN asset a ON a.sha256 = f.sha256 WHERE f.submission_id = ?1 "
                + "AND f.purpose = 'SUBMISSION' ORDER BY f.id").setParameter(1, submissionId).getResultList()) {
            Object[] f = (Object[]) o;
            if (f[0] != null) {
                files.add(new FileRef((String) f[0], (String) f[1], (String) f[2], ((Number) f[3]).longValue()));
            } else if (f[4] == null) {
                pending = true;
            }
        }
        return Optional.of(new HandedIn(submissionId, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (String) r[3], ((Number) r[4]).intValue(), instant(r[5]),
                Boolean.TRUE.equals(r[6]) || (r[6] instanceof Number n && n.intValue() != 0), files, pending,
                r[7] != null));
    }

    /** Whether the item is an assignment in a published version of the course. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isAssignment(long courseId, long itemId) {
        return moduleOf(courseId, itemId).isPresent();
    }

    /**
     * Writes a node's hand-in (national ids) into the learner's submission, created if need be; the
     * submission's id. An older hand-in than the one here changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long apply(HandedIn in) {
        List<?> existing = em.createNativeQuery("SELECT id, attempts, state, graded_at FROM submission "
                + "WHERE item_id = ?1 AND learner_id = ?2 FOR UPDATE").setParameter(1, in.item())
                .setParameter(2, in.learner()).getResultList();
        Instant submitted = in.submittedAt();
        long id;
        if (existing.isEmpty()) {
            em.createNativeQuery("INSERT INTO submission (item_id, course_id, module_id, learner_id, state, body, "
                    + "attempts, submitted_at, late) VALUES (?1, ?2, ?3, ?4, 'SUBMITTED', ?5, ?6, ?7, ?8)")
                    .setParameter(1, in.item()).setParameter(2, in.course())
                    .setParameter(3, moduleOf(in.course(), in.item()).orElseThrow()).setParameter(4, in.learner())
                    .setParameter(5, in.body()).setParameter(6, in.attempts()).setParameter(7, submitted)
                    .setParameter(8, in.late()).executeUpdate();
            id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        } else {
            Object[] row = (Object[]) existing.get(0);
            id = ((Number) row[0]).longValue();
            if (in.attempts() < ((Number) row[1]).intValue()) {
                return id;
            }
            Instant gradedAt = instant(row[3]);
            boolean regrade = "GRADED".equals(row[2]) && gradedAt != null && in.submittedAt() != null
                    && gradedAt.isBefore(in.submittedAt());
            em.createNativeQuery("UPDATE submission SET body = ?1, attempts = ?2, submitted_at = ?3, late = ?4, "
                    + "state = ?5, updated_at = CURRENT_TIMESTAMP(6), version = version + 1 WHERE id = ?6")
                    .setParameter(1, in.body()).setParameter(2, in.attempts()).setParameter(3, submitted)
                    .setParameter(4, in.late()).setParameter(5, regrade || "DRAFT".equals(row[2]) ? "SUBMITTED" : row[2])
                    .setParameter(6, id).executeUpdate();
            em.createNativeQuery("DELETE FROM submission_file WHERE submission_id = ?1 AND purpose = 'SUBMISSION'")
                    .setParameter(1, id).executeUpdate();
        }
        for (FileRef file : in.files()) {
            em.createNativeQuery("INSERT INTO submission_file (submission_id, purpose, sha256, filename, media_type) "
                    + "VALUES (?1, 'SUBMISSION', ?2, ?3, ?4)").setParameter(1, id).setParameter(2, file.sha256())
                    .setParameter(3, file.filename()).setParameter(4, file.mediaType()).executeUpdate();
        }
        return id;
    }

    private Optional<Long> moduleOf(long courseId, long itemId) {
        List<?> rows = em.createNativeQuery("SELECT iv.module_id FROM item_version iv JOIN course_version cv "
                + "ON cv.id = iv.course_version_id WHERE cv.course_id = ?1 AND iv.item_id = ?2 "
                + "AND iv.kind = 'ASSIGNMENT' ORDER BY cv.number DESC LIMIT 1").setParameter(1, courseId)
                .setParameter(2, itemId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** A time read by a native query: the column holds UTC wall-clock time (as entities' Instants are written). */
    private static Instant instant(Object value) {
        return value instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                : value instanceof Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC) : (Instant) value;
    }
}
