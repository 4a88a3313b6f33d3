package org.surgalt.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.surgalt.learning.UpcomingSource;
import org.surgalt.notification.DeadlineApproaching;
import org.surgalt.notification.DeadlineSource;

/**
 * Assignment due dates for the reminders ("deadline in 48 hours") and for the learner's home
 * ("coming up"): per enrolled learner, their extension if they have one, and only while they
 * have not handed the work in. Only assignments of the course's current published version count.
 */
@ApplicationScoped
public class AssignmentDeadlines implements DeadlineSource, UpcomingSource {

    // One row per (learner, assignment) still to hand in, with the due date that applies to them.
    private static final String DUE = """
            SELECT e.user_id, a.course_id, a.item_id, COALESCE(x.until_at, a.due_at) AS due
            FROM assignment a
            JOIN course c ON c.id = a.course_id
            JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version
            JOIN item_version iv ON iv.course_version_id = cv.id AND iv.item_id = a.item_id
            JOIN enrolment e ON e.course_id = a.course_id
            LEFT JOIN assignment_extension x ON x.item_id = a.item_id AND x.learner_id = e.user_id
            LEFT JOIN submission s ON s.item_id = a.item_id AND s.learner_id = e.user_id AND s.state <> 'DRAFT'
            WHERE s.id IS NULL AND COALESCE(x.until_at, a.due_at) >= ?1 AND COALESCE(x.until_at, a.due_at) < ?2
            """;

    private final EntityManager entityManager;

    AssignmentDeadlines(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public List<DeadlineApproaching> dueBetween(Instant from, Instant until) {
        return rows(DUE, from, until, null).stream()
                .map(row -> new DeadlineApproaching(number(row[0]), number(row[1]), number(row[2]), instant(row[3])))
                .toList();
    }

    @Override
    @Transactional
    public List<Upcoming> upcoming(long userId, Instant from, Instant until) {
        return rows(DUE + " AND e.user_id = ?3", from, until, userId).stream()
                .map(row -> new Upcoming(Upcoming.Kind.DEADLINE, number(row[1]), number(row[2]), instant(row[3]), null))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant from, Instant until, Long userId) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until));
        if (userId != null) {
            query.setParameter(3, userId);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : value instanceof java.time.LocalDateTime local ? Timestamp.valueOf(local).toInstant()
                : (Instant) value;
    }
}
