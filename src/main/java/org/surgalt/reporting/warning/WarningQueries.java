package org.surgalt.reporting.warning;

import static org.surgalt.reporting.NativeRows.bool;
import static org.surgalt.reporting.NativeRows.instant;
import static org.surgalt.reporting.NativeRows.number;
import static org.surgalt.reporting.NativeRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.surgalt.platform.LocalizedText;
import org.surgalt.reporting.warning.Slipping.CohortInfo;
import org.surgalt.reporting.warning.Slipping.Inactive;
import org.surgalt.reporting.warning.Slipping.Learner;
import org.surgalt.reporting.warning.Slipping.Missed;
import org.surgalt.reporting.warning.Slipping.Overdue;

/**
 * Early warning's read-only SQL over the tables of cohorts, sessions, assignments and derived
 * progress, native for the same reason as reporting's {@code ReportRepository}: one query per
 * list, starting from cohort_member by its key, across tables other features own. Every time is
 * the application's, bound as a parameter (so tests can ask "as of last week").
 */
@ApplicationScoped
class WarningQueries {

    private static final String LEARNER = """
            JOIN app_user u ON u.id = m.user_id
            LEFT JOIN institution i ON i.id = u.institution_id
            """;
    private static final String ORDER = "i.name, u.display_name, u.id";

    private final EntityManager em;

    WarningQueries(EntityManager em) {
        this.em = em;
    }

    Optional<CohortInfo> cohort(long id) {
        return cohorts("WHERE id = :id", id).stream().findFirst();
    }

    /** Cohorts with members and courses that have not ended before {@code since}: the ones a digest is about. */
    List<CohortInfo> running(LocalDate since) {
        return cohorts("""
                WHERE (ends_on IS NULL OR ends_on >= :id)
                AND EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = c.id)
                AND EXISTS (SELECT 1 FROM cohort_course cc WHERE cc.cohort_id = c.id)""", Date.valueOf(since));
    }

    private List<CohortInfo> cohorts(String where, Object parameter) {
        Query query = em.createNativeQuery("SELECT id, code, name, starts_on, ends_on, created_by FROM cohort c "
                + where + " ORDER BY id").setParameter("id", parameter);
        return rows(query).stream().map(r -> new CohortInfo(number(r[0]), (String) r[1], (String) r[2], date(r[3]),
                date(r[4]), r[5] == null ? null : number(r[5]))).toList();
    }

    /**
     * Who the digest goes to: the cohort's coordinators as {@code CohortAccess.canManage} has them,
     * short of those who manage every cohort (site admins and coordinators would get every cohort's
     * digest): coordinators granted this cohort, and its creator while they coordinate anywhere.
     */
    List<Long> coordinators(CohortInfo cohort) {
        Query query = em.createNativeQuery("""
                SELECT DISTINCT g.user_id FROM role_grant g
                WHERE g.role = 'COORDINATOR' AND ((g.scope_type = 'COHORT' AND g.scope_id = :cohort) OR g.user_id = :creator)
                ORDER BY g.user_id""").setParameter("cohort", cohort.id())
                .setParameter("creator", cohort.createdBy() == null ? -1L : cohort.createdBy());
        return rows(query).stream().map(r -> number(r[0])).toList();
    }

    /**
     * Members with no activity in the cohort's courses since {@code cutoff}: their newest activity
     * (cohort_member.last_activity_at, kept by V018's triggers from every progress change), or,
     * with none yet, when they joined. Someone who joined yesterday is not "inactive for 14 days".
     */
    List<Inactive> inactive(long cohortId, Instant cutoff) {
        Query query = em.createNativeQuery("SELECT u.id, u.display_name, u.email, i.name, "
                + "UNIX_TIMESTAMP(m.last_activity_at)\nFROM cohort_member m\n" + LEARNER + """
                WHERE m.cohort_id = :cohort AND COALESCE(m.last_activity_at, m.added_at) < :cutoff
                ORDER BY\s""" + ORDER).setParameter("cohort", cohortId).setParameter("cutoff", cutoff);
        return rows(query).stream().map(r -> new Inactive(learner(r), instant(r[4]))).toList();
    }

    /**
     * Per member and session item, the latest session of it that ended by {@code now} which they
     * were signed up for (a confirmed seat), or which was held for this cohort after they joined,
     * when they have no PRESENT, LATE or EXCUSED mark at any session of that item (a make-up counts).
     */
    List<Missed> missed(long cohortId, Instant now) {
        Query query = em.createNativeQuery("SELECT u.id, u.display_name, u.email, i.name, MAX(s.id), "
                + "UNIX_TIMESTAMP(MAX(s.ends_at)), MAX(iv.title_en), MAX(iv.title_mn), s.item_id\n"
                + "FROM cohort_member m\n" + LEARNER + """
                JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
                JOIN f2f_session s ON s.course_id = cc.course_id
                JOIN course c ON c.id = s.course_id
                LEFT JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version
                LEFT JOIN item_version iv ON iv.course_version_id = cv.id AND iv.item_id = s.item_id
                WHERE m.cohort_id = :cohort AND s.ends_at <= :now
                AND ((s.cohort_id = m.cohort_id AND s.starts_at >= m.added_at)
                     OR EXISTS (SELECT 1 FROM session_signup su WHERE su.session_id = s.id AND su.user_id = m.user_id
                                AND su.state = 'CONFIRMED'))
                AND NOT EXISTS (SELECT 1 FROM attendance a JOIN f2f_session s2 ON s2.id = a.session_id
                                WHERE a.user_id = m.user_id AND s2.item_id = s.item_id
                                AND a.status IN ('PRESENT', 'LATE', 'EXCUSED'))
                GROUP BY u.id, u.display_name, u.email, i.name, s.item_id
                ORDER BY\s""" + ORDER + ", s.item_id").setParameter("cohort", cohortId).setParameter("now", now);
        return rows(query).stream().map(r -> new Missed(learner(r), number(r[4]),
                LocalizedText.of((String) r[6], (String) r[7]), null, instant(r[5]))).toList();
    }

    /**
     * Assignments of the cohort's courses (their current published versions) whose deadline (the
     * learner's extension, if they have one) passed before {@code now} with nothing handed in.
     */
    List<Overdue> overdue(long cohortId, Instant now) {
        Query query = em.createNativeQuery("SELECT u.id, u.display_name, u.email, i.name, a.item_id, iv.title_en, "
                + "iv.title_mn, UNIX_TIMESTAMP(COALESCE(x.until_at, a.due_at))\nFROM cohort_member m\n" + LEARNER + """
                JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
                JOIN course c ON c.id = cc.course_id
                JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version
                JOIN item_version iv ON iv.course_version_id = cv.id AND iv.kind = 'ASSIGNMENT'
                JOIN assignment a ON a.item_id = iv.item_id
                LEFT JOIN assignment_extension x ON x.item_id = a.item_id AND x.learner_id = m.user_id
                WHERE m.cohort_id = :cohort AND a.due_at IS NOT NULL AND COALESCE(x.until_at, a.due_at) < :now
                AND NOT EXISTS (SELECT 1 FROM submission sb WHERE sb.item_id = a.item_id AND sb.learner_id = m.user_id
                                AND sb.submitted_at IS NOT NULL)
                ORDER BY\s""" + ORDER + ", a.due_at, a.item_id").setParameter("cohort", cohortId).setParameter("now", now);
        return rows(query).stream().map(r -> new Overdue(learner(r), number(r[4]),
                LocalizedText.of((String) r[5], (String) r[6]), instant(r[7]))).toList();
    }

    /** Each member's progress in each course of the cohort, with when they joined it, for the pace rule. */
    record Progress(Learner learner, long courseId, LocalizedText course, int done, int required, boolean complete,
            Instant joined) {
    }

    List<Progress> progress(long cohortId) {
        Query query = em.createNativeQuery("SELECT u.id, u.display_name, u.email, i.name, c.id, c.title_en, c.title_mn, "
                + "cp.items_done, cp.items_required, cp.complete, UNIX_TIMESTAMP(m.added_at)\nFROM cohort_member m\n"
                + LEARNER + """
                JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
                JOIN course c ON c.id = cc.course_id
                LEFT JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = cc.course_id
                WHERE m.cohort_id = :cohort
                ORDER BY\s""" + ORDER + ", c.code").setParameter("cohort", cohortId);
        return rows(query).stream().map(r -> new Progress(learner(r), number(r[4]),
                LocalizedText.of((String) r[5], (String) r[6]), (int) number(r[7]), (int) number(r[8]), bool(r[9]),
                instant(r[10]))).toList();
    }

    /** The lists' learners as the week's first digest found them (JSON), if it was taken. */
    Optional<String> snapshot(long cohortId, String week) {
        return rows(em.createNativeQuery("SELECT lists FROM warning_week WHERE cohort_id = :cohort AND week = :week")
                .setParameter("cohort", cohortId).setParameter("week", week)).stream().map(r -> (String) r[0]).findFirst();
    }

    /** Keeps the week's lists unless they were kept already (the first digest of the week wins). */
    void keepSnapshot(long cohortId, String week, String lists) {
        em.createNativeQuery("INSERT IGNORE INTO warning_week (cohort_id, week, lists) VALUES (:cohort, :week, :lists)")
                .setParameter("cohort", cohortId).setParameter("week", week).setParameter("lists", lists).executeUpdate();
    }

    /** @return whether this call wrote the row: false when a digest for the week was sent already */
    boolean claimDigest(long cohortId, long coordinatorId, String week) {
        return em.createNativeQuery("INSERT IGNORE INTO warning_digest (cohort_id, coordinator_id, week) "
                + "VALUES (:cohort, :user, :week)").setParameter("cohort", cohortId).setParameter("user", coordinatorId)
                .setParameter("week", week).executeUpdate() == 1;
    }

    /** @return whether this call wrote the row: false when the learner was nudged in this period already */
    boolean claimNudge(long userId, String period, long cohortId) {
        return em.createNativeQuery("INSERT IGNORE INTO warning_nudge (user_id, period, cohort_id) "
                + "VALUES (:user, :period, :cohort)").setParameter("user", userId).setParameter("period", period)
                .setParameter("cohort", cohortId).executeUpdate() == 1;
    }

    private static Learner learner(Object[] r) {
        return new Learner(number(r[0]), (String) r[1], (String) r[2], (String) r[3]);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
