package org.surgalt.node.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.surgalt.node.NodeCaller;

/**
 * What flows down to a node as results (deploy/NODE-PROTOCOL.md §7), in pages with a cursor: the
 * GRADED and WAIVED facts made nationally for the node's people, and the grades and feedback of their
 * submissions, each only in a course one of the person's cohorts uses. A read-only projection, as
 * NodeScopeService is: bounded by the caller's institution in every query.
 */
@ApplicationScoped
public class NodeResultsService {

    static final int PAGE = 500;
    /**
     * Rows younger than this are left for the next page: a transaction that took an id (or a change
     * time) earlier than a row already sent may still be committing, and would be skipped for good.
     */
    static final Duration SETTLE = Duration.ofSeconds(5);

    public record Fact(long id, long person, long course, long item, String kind, Integer score, int courseVersion,
            Instant occurredAt) {
    }

    /** released: whether the learner sees the grade (the national grader released it). */
    public record Grade(long submission, long person, int points, int maxPoints, String feedback, Instant gradedAt,
            boolean released) {
    }

    /** more: another page is waiting now; cursor: what to send as {@code after} next. */
    public record Page(List<Fact> facts, List<Grade> grades, String cursor, boolean more) {
    }

    private static final String IN_SCOPE = " JOIN app_user u ON u.id = %1$s AND u.institution_id = ?1 "
            + "AND u.erased_at IS NULL WHERE EXISTS (SELECT 1 FROM cohort_member m JOIN cohort_course cc "
            + "ON cc.cohort_id = m.cohort_id WHERE m.user_id = %1$s AND cc.course_id = %2$s) ";

    private final EntityManager em;

    NodeResultsService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page after(NodeCaller caller, String after) {
        ResultsCursor from = ResultsCursor.parse(after);
        LocalDateTime settled = utc(Instant.now().minus(SETTLE));
        List<Object[]> facts = rows("SELECT f.id, f.user_id, f.course_id, f.item_id, f.kind, f.score, f.course_version, "
                + "f.occurred_at FROM completion_fact f" + IN_SCOPE.formatted("f.user_id", "f.course_id")
                // Facts a node sent up come back to none: each has its receipt (node/records).
                + "AND f.kind IN ('GRADED', 'WAIVED') AND NOT EXISTS (SELECT 1 FROM node_record_receipt r "
                + "WHERE r.kind = 'FACT' AND r.national_id = f.id) AND f.id > ?2 AND f.occurred_at < ?3 "
                + "ORDER BY f.id LIMIT " + (PAGE + 1), caller.institutionId(), from.fact(), settled);
        List<Object[]> grades = rows("SELECT s.id, s.learner_id, s.points, s.max_points, s.feedback, s.graded_at, "
                + "s.released_at, s.updated_at FROM submission s" + IN_SCOPE.formatted("s.learner_id", "s.course_id")
                + "AND s.state = 'GRADED' AND (s.updated_at > ?2 OR (s.updated_at = ?2 AND s.id > ?4)) "
                + "AND s.updated_at < ?3 ORDER BY s.updated_at, s.id LIMIT " + (PAGE + 1),
                caller.institutionId(), utc(from.gradeAt()), settled, from.grade());
        boolean more = facts.size() > PAGE || grades.size() > PAGE;
        List<Fact> factPage = facts.stream().limit(PAGE).map(NodeResultsService::fact).toList();
        List<Object[]> gradeRows = grades.stream().limit(PAGE).toList();
        List<Grade> gradePage = gradeRows.stream().map(NodeResultsService::grade).toList();
        long lastFact = factPage.isEmpty() ? from.fact() : factPage.get(factPage.size() - 1).id();
        ResultsCursor next = gradeRows.isEmpty() ? new ResultsCursor(lastFact, from.gradeMicros(), from.grade())
                : new ResultsCursor(lastFact, ResultsCursor.micros(instant(gradeRows.get(gradeRows.size() - 1)[7])),
                        number(gradeRows.get(gradeRows.size() - 1)[0]));
        return new Page(factPage, gradePage, next.toString(), more);
    }

    private static Fact fact(Object[] r) {
        return new Fact(number(r[0]), number(r[1]), number(r[2]), number(r[3]), (String) r[4],
                r[5] == null ? null : (int) number(r[5]), (int) number(r[6]), instant(r[7]));
    }

    private static Grade grade(Object[] r) {
        return new Grade(number(r[0]), number(r[1]), (int) number(r[2]), (int) number(r[3]), (String) r[4],
                instant(r[5]), r[6] != null);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int p = 0; p < parameters.length; p++) {
            query.setParameter(p + 1, parameters[p]);
        }
        return query.getResultList();
    }
}
