package org.surgalt.reporting;

import static org.surgalt.reporting.NativeRows.bool;
import static org.surgalt.reporting.NativeRows.instant;
import static org.surgalt.reporting.NativeRows.nullableLong;
import static org.surgalt.reporting.NativeRows.number;
import static org.surgalt.reporting.NativeRows.rows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.surgalt.platform.LocalizedText;
import org.surgalt.reporting.ReportData.Absence;
import org.surgalt.reporting.ReportData.CohortRow;
import org.surgalt.reporting.ReportData.Counts;
import org.surgalt.reporting.ReportData.CourseRow;
import org.surgalt.reporting.ReportData.Enrolment;
import org.surgalt.reporting.ReportData.Learner;
import org.surgalt.reporting.ReportData.ModuleCount;
import org.surgalt.reporting.ReportData.ModuleRow;
import org.surgalt.reporting.ReportData.SessionItem;

/**
 * The report's read-only SQL over the tables of cohorts (cohort_member, cohort_course), derived
 * progress (course_progress, module_progress), sessions (f2f_session, attendance), identity and
 * the published course versions. Native SQL because every answer is one grouped query per table
 * (no per-learner loop) and HQL cannot reach tables other features own without their entities.
 *
 * <p>A member is enrolled in every course of the cohort; a missing course_progress row means
 * nothing done yet. Every query starts from cohort_member by its primary key (cohort_id, ...).
 */
@ApplicationScoped
public class ReportRepository {

    private static final String MEMBERS = """
            FROM cohort_member m
            JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
            """;
    private static final String PLACE = """
            JOIN app_user u ON u.id = m.user_id
            LEFT JOIN institution i ON i.id = u.institution_id
            """;
    private static final String PROGRESS = "LEFT JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = cc.course_id\n";
    // The same percent a learner sees: whole percents of the required items done, rounded down.
    private static final String PERCENT = "COALESCE(cp.items_done * 100 DIV NULLIF(cp.items_required, 0), 0)";
    private static final String STARTED = "(cp.user_id IS NOT NULL AND (cp.items_done > 0 OR cp.last_activity_at IS NOT NULL))";
    private static final String PUBLISHED = """
            FROM cohort_course cc
            JOIN course c ON c.id = cc.course_id
            JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version
            """;

    private final EntityManager entityManager;

    ReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<CohortRow> cohortByCode(String code) {
        return cohort("code = :key", code);
    }

    public Optional<CohortRow> cohortById(long id) {
        return cohort("id = :key", id);
    }

    private Optional<CohortRow> cohort(String where, Object key) {
        List<?> rows = entityManager.createNativeQuery("SELECT id, code, name, created_by FROM cohort WHERE " + where)
                .setParameter("key", key).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new CohortRow(number(r[0]), (String) r[1], (String) r[2], nullableLong(r[3]))).findFirst();
    }

    /** Cohorts whose report a person may open, newest first (all of them when {@code all}). */
    public List<CohortRow> cohortsFor(long userId, boolean all) {
        String sql = "SELECT c.id, c.code, c.name, c.created_by FROM cohort c " + (all ? "" : """
                 WHERE c.created_by = :user OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = :user
                 AND g.role = 'COORDINATOR' AND g.scope_type = 'COHORT' AND g.scope_id = c.id)""")
                + " ORDER BY c.created_at DESC, c.id DESC";
        Query query = entityManager.createNativeQuery(sql);
        if (!all) {
            query.setParameter("user", userId);
        }
        return rows(query).stream()
                .map(r -> new CohortRow(number(r[0]), (String) r[1], (String) r[2], nullableLong(r[3]))).toList();
    }

    public List<CourseRow> courses(long cohortId) {
        Query query = entityManager.createNativeQuery("""
                SELECT c.id, c.code, c.title_en, c.title_mn FROM cohort_course cc JOIN course c ON c.id = cc.course_id
                WHERE cc.cohort_id = :cohort ORDER BY c.code""").setParameter("cohort", cohortId);
        return rows(query).stream()
                .map(r -> new CourseRow(number(r[0]), (String) r[1], LocalizedText.of((String) r[2], (String) r[3])))
                .toList();
    }

    /**
     * The rows of a level above the teachers: per aimag, soum or school of the scope. From the
     * cohort's totals per course and school (V018), which the database keeps with every progress,
     * membership and school change: a member is enrolled in every course of the cohort, so each
     * course's row counts every member of that school once.
     */
    public List<Counts> counts(long cohortId, ReportScope scope) {
        String key = switch (scope.level()) {
            case COHORT -> "i.aimag, i.aimag";
            case AIMAG -> "i.soum, i.soum";
            case SOUM, SCHOOL -> "CAST(i.id AS CHAR), i.name";
        };
        Query query = totals(cohortId, scope, "SELECT " + key + ", SUM(t.members) DIV :courses, SUM(t.members), "
                + "SUM(t.started), SUM(t.completed), SUM(t.percents)\nFROM cohort_course_total t\n",
                "GROUP BY 1, 2 HAVING SUM(t.members) > 0 ORDER BY 2");
        query.setParameter("courses", scope.courseId() != null ? 1 : courses(cohortId).size());
        return rows(query).stream().map(r -> new Counts((String) r[0], (String) r[1], (int) number(r[2]),
                (int) number(r[3]), (int) number(r[4]), (int) number(r[5]), number(r[6]))).toList();
    }

    /** Members of the scope per course of the cohort (every member is in every course). */
    public Map<Long, Integer> membersPerCourse(long cohortId, ReportScope scope) {
        // A team's few members are counted from their rows; the totals are kept per school only.
        Query query = scope.teamId() != null
                ? scoped(cohortId, scope, "SELECT cc.course_id, COUNT(*)\n" + MEMBERS, "GROUP BY cc.course_id")
                : totals(cohortId, scope, "SELECT t.course_id, SUM(t.members)\nFROM cohort_course_total t\n",
                        "GROUP BY t.course_id");
        Map<Long, Integer> members = new LinkedHashMap<>();
        rows(query).forEach(r -> members.put(number(r[0]), (int) number(r[1])));
        return members;
    }

    /** {@code select} (over totals aliased t) and {@code tail} around the WHERE of a cohort, its scope and course. */
    private Query totals(long cohortId, ReportScope scope, String select, String tail) {
        StringBuilder sql = new StringBuilder(select);
        Map<String, Object> parameters = new LinkedHashMap<>();
        sql.append("LEFT JOIN institution i ON i.id = t.institution_id\nWHERE t.cohort_id = :cohort\n");
        parameters.put("cohort", cohortId);
        if (scope.courseId() != null) {
            sql.append("AND t.course_id = :course\n");
            parameters.put("course", scope.courseId());
        }
        if (scope.schoolId() != null) {
            sql.append("AND t.institution_id = :school\n");
            parameters.put("school", scope.schoolId());
        } else if (scope.aimag() != null) {
            sql.append("AND i.aimag = :aimag\n");
            parameters.put("aimag", scope.aimag());
            if (scope.soum() != null) {
                sql.append("AND i.soum = :soum\n");
                parameters.put("soum", scope.soum());
            }
        }
        Query query = entityManager.createNativeQuery(sql + tail);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A school's place: aimag, soum and name. */
    public Optional<CohortReport.Place> school(long institutionId) {
        return rows(entityManager.createNativeQuery("SELECT aimag, soum, name FROM institution WHERE id = :id")
                .setParameter("id", institutionId)).stream()
                .map(r -> new CohortReport.Place((String) r[0], (String) r[1], (String) r[2])).findFirst();
    }

    /** Every member of the scope in every course of it, for the teachers' level. */
    public List<Enrolment> enrolments(long cohortId, ReportScope scope) {
        Query query = scoped(cohortId, scope, "SELECT u.id, u.display_name, u.email, cc.course_id, cp.items_done, "
                + "cp.items_required, cp.complete, UNIX_TIMESTAMP(cp.last_activity_at), cp.user_id IS NOT NULL\n"
                + MEMBERS + PLACE + PROGRESS, "ORDER BY u.display_name, u.id, cc.course_id");
        return rows(query).stream().map(r -> new Enrolment(number(r[0]), (String) r[1], (String) r[2], number(r[3]),
                r[4] == null ? 0 : (int) number(r[4]), r[5] == null ? 0 : (int) number(r[5]), bool(r[6]),
                instant(r[7]), bool(r[8]))).toList();
    }

    /** The modules of each course's current published version, in order. */
    public List<ModuleRow> modules(long cohortId) {
        Query query = entityManager.createNativeQuery("SELECT c.id, mv.module_id, mv.position, mv.title_en, mv.title_mn\n"
                + PUBLISHED + "JOIN module_version mv ON mv.course_version_id = cv.id\n"
                + "WHERE cc.cohort_id = :cohort ORDER BY c.code, mv.position").setParameter("cohort", cohortId);
        return rows(query).stream().map(r -> new ModuleRow(number(r[0]), number(r[1]), (int) number(r[2]),
                LocalizedText.of((String) r[3], (String) r[4]))).toList();
    }

    /** The funnel: per module, members of the scope who reached it (any progress) and completed it. */
    public List<ModuleCount> moduleCounts(long cohortId, ReportScope scope) {
        Query query = scope.teamId() != null
                ? scoped(cohortId, scope, "SELECT mp.course_id, mp.module_id, COUNT(*), SUM(mp.completed_at IS NOT NULL)\n"
                        + MEMBERS + "JOIN module_progress mp ON mp.user_id = m.user_id AND mp.course_id = cc.course_id\n",
                        "GROUP BY mp.course_id, mp.module_id")
                : totals(cohortId, scope, "SELECT t.course_id, t.module_id, SUM(t.reached), SUM(t.completed)\n"
                        + "FROM cohort_module_total t\n", "GROUP BY t.course_id, t.module_id");
        return rows(query).stream().map(r -> new ModuleCount(number(r[0]), number(r[1]), (int) number(r[2]),
                (int) number(r[3]))).toList();
    }

    /** Members of the scope with no activity since {@code days} days ago (or none ever), and how many. */
    public record Inactive(int count, List<Learner> learners) {
    }

    /**
     * Members of the scope with no activity in the scope's courses since {@code days} days ago
     * (or none ever), by place and name; at most {@code limit} (null: all). For the whole cohort
     * the member's newest activity in any of its courses is kept on cohort_member (V018), read
     * with the cohort's members (its activity is not indexed: V019); for one course it is read from
     * that course's progress rows.
     */
    public Inactive inactive(long cohortId, ReportScope scope, int days, Integer limit) {
        String order = "ORDER BY i.aimag, i.soum, i.name, u.display_name, u.id" + (limit == null ? "" : " LIMIT " + limit);
        Query count;
        Query list;
        if (scope.courseId() == null) {
            String inactive = "AND (m.last_activity_at IS NULL OR m.last_activity_at < NOW(6) - INTERVAL :days DAY)\n"
                    + "AND EXISTS (SELECT 1 FROM cohort_course cc WHERE cc.cohort_id = m.cohort_id)\n";
            count = scoped(cohortId, scope, "SELECT COUNT(*) FROM cohort_member m\n" + place(scope), inactive);
            list = scoped(cohortId, scope, "SELECT u.id, u.display_name, u.email, i.name, i.aimag, i.soum, "
                    + "UNIX_TIMESTAMP(m.last_activity_at)\nFROM cohort_member m\n" + PLACE, inactive + order);
        } else {
            String lastActivity = "(SELECT m.user_id, MAX(cp.last_activity_at) AS last_at\n" + members(scope) + PROGRESS;
            String inactive = "GROUP BY m.user_id HAVING last_at IS NULL OR last_at < NOW(6) - INTERVAL :days DAY) t\n";
            count = scoped(cohortId, scope, "SELECT COUNT(*) FROM " + lastActivity, inactive);
            list = scoped(cohortId, scope, "SELECT u.id, u.display_name, u.email, i.name, i.aimag, i.soum, "
                    + "UNIX_TIMESTAMP(t.last_at) FROM " + lastActivity, inactive
                    + "JOIN app_user u ON u.id = t.user_id LEFT JOIN institution i ON i.id = u.institution_id\n" + order);
        }
        int total = (int) number(count.setParameter("days", days).getSingleResult());
        List<Learner> learners = total == 0 || (limit != null && limit == 0) ? List.of()
                : rows(list.setParameter("days", days)).stream().map(ReportRepository::learner).toList();
        return new Inactive(total, learners);
    }

    /** The session items (face-to-face workshops) of each course's current published version. */
    public List<SessionItem> sessionItems(long cohortId) {
        Query query = entityManager.createNativeQuery("SELECT c.id, iv.item_id, iv.title_en, iv.title_mn\n" + PUBLISHED
                + "JOIN item_version iv ON iv.course_version_id = cv.id AND iv.kind = 'SESSION'\n"
                + "JOIN module_version mv ON mv.course_version_id = cv.id AND mv.module_id = iv.module_id\n"
                + "WHERE cc.cohort_id = :cohort ORDER BY c.code, mv.position, iv.position").setParameter("cohort", cohortId);
        return rows(query).stream().map(r -> new SessionItem(number(r[0]), number(r[1]),
                LocalizedText.of((String) r[2], (String) r[3]))).toList();
    }

    private static final String NOT_ATTENDED = """
            JOIN course c ON c.id = cc.course_id
            JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version
            JOIN item_version iv ON iv.course_version_id = cv.id AND iv.kind = 'SESSION'
            """;
    private static final String NO_ATTENDANCE = """
            AND NOT EXISTS (SELECT 1 FROM attendance a JOIN f2f_session s ON s.id = a.session_id
                WHERE a.user_id = m.user_id AND s.item_id = iv.item_id AND a.status IN ('PRESENT', 'LATE'))
            """;

    /**
     * Per session item, how many members of the scope have no PRESENT or LATE mark at any of its
     * sessions: the scope's members in the item's course less those with such a mark, which are
     * found from the attendance of the item's sessions (not from every member).
     */
    public Map<Long, Integer> notAttendedCounts(long cohortId, ReportScope scope) {
        Map<Long, Integer> members = membersPerCourse(cohortId, scope);
        Query query = scoped(cohortId, scope, "SELECT iv.item_id, COUNT(DISTINCT a.user_id)\n" + MEMBERS + NOT_ATTENDED
                + "JOIN f2f_session s ON s.item_id = iv.item_id\n"
                + "JOIN attendance a ON a.session_id = s.id AND a.user_id = m.user_id AND a.status IN ('PRESENT', 'LATE')\n"
                + place(scope), "GROUP BY iv.item_id");
        Map<Long, Integer> attended = new LinkedHashMap<>();
        rows(query).forEach(r -> attended.put(number(r[0]), (int) number(r[1])));
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (SessionItem item : sessionItems(cohortId)) {
            if (scope.courseId() == null || scope.courseId() == item.courseId()) {
                counts.put(item.itemId(), members.getOrDefault(item.courseId(), 0) - attended.getOrDefault(item.itemId(), 0));
            }
        }
        return counts;
    }

    /** Who those members are, per session item, by place and name; at most {@code limit} (null: all). */
    public List<Absence> notAttended(long cohortId, ReportScope scope, Integer limit) {
        Query query = scoped(cohortId, scope, "SELECT u.id, u.display_name, u.email, i.name, i.aimag, i.soum, NULL, "
                + "iv.item_id\n" + MEMBERS + PLACE + NOT_ATTENDED, NO_ATTENDANCE
                + "ORDER BY c.code, iv.item_id, i.aimag, i.soum, i.name, u.display_name, u.id"
                + (limit == null ? "" : " LIMIT " + limit));
        return rows(query).stream().map(r -> new Absence(number(r[7]), learner(r))).toList();
    }

    /** The cohort's members in its courses, with their place only when the scope filters by it. */
    private static String members(ReportScope scope) {
        return MEMBERS + place(scope);
    }

    /** The joins to a member's school when the scope filters by place. */
    private static String place(ReportScope scope) {
        return scope.aimag() == null && scope.schoolId() == null ? "" : PLACE;
    }

    /** {@code select} and {@code tail} around the WHERE of a cohort, its scope and course. */
    private Query scoped(long cohortId, ReportScope scope, String select, String tail) {
        StringBuilder where = new StringBuilder("WHERE m.cohort_id = :cohort\n");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cohort", cohortId);
        if (scope.courseId() != null) {
            where.append("AND cc.course_id = :course\n");
            parameters.put("course", scope.courseId());
        }
        if (scope.teamId() != null) {
            where.append("AND EXISTS (SELECT 1 FROM cohort_team_member tm WHERE tm.cohort_id = m.cohort_id"
                    + " AND tm.user_id = m.user_id AND tm.team_id = :team)\n");
            parameters.put("team", scope.teamId());
        }
        if (scope.schoolId() != null) {
            if (scope.schoolId() == ReportScope.NO_SCHOOL) {
                where.append("AND u.institution_id IS NULL\n");
            } else {
                where.append("AND u.institution_id = :school\n");
                parameters.put("school", scope.schoolId());
            }
        } else if (scope.aimag() != null) {
            where.append("AND i.aimag = :aimag\n");
            parameters.put("aimag", scope.aimag());
            if (scope.soum() != null) {
                where.append("AND i.soum = :soum\n");
                parameters.put("soum", scope.soum());
            }
        }
        Query query = entityManager.createNativeQuery(select + where + tail);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static Learner learner(Object[] r) {
        return new Learner(number(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                instant(r[6]));
    }
}
