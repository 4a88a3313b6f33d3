package org.surgalt.reporting;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.reporting.ReportData.CohortRow;

/**
 * The dashboard's queries at national scale, without HTTP: one cohort of {@code bench.members}
 * teachers (35,000) in 800 schools across 21 aimags, in 3 courses of 11 modules, with derived
 * progress rows (course_progress, module_progress) and attendance, written in bulk with SQL (the
 * Sequence engine). Prints the EXPLAIN of the main queries and p50/p95/p99 of the top level and
 * of one drill-down (an aimag) as the page builds them (every query of the page). Run through
 * bench/dashboard.sh --queries; tagged bench, so not part of the normal test run.
 */
@QuarkusTest
@Tag("bench")
class DashboardQueriesBench {

    private static final int MEMBERS = Integer.getInteger("bench.members", 35_000);
    private static final int SCHOOLS = Integer.getInteger("bench.schools", 800);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

    @Test
    void topLevelAndOneDrillDown() {
        long started = System.nanoTime();
        String tag = "b" + System.nanoTime() % 100_000;
        List<Course> courses = List.of(CohortFixture.createCourse("bench-a-" + tag, 11),
                CohortFixture.createCourse("bench-b-" + tag, 11), CohortFixture.createCourse("bench-c-" + tag, 11));
        long cohortId = seed(tag, courses);
        System.out.printf("Seeded %,d members in %d schools, 3 courses x 11 modules in %.1f s%n", MEMBERS, SCHOOLS,
                (System.nanoTime() - started) / 1e9);
        explain(cohortId);

        ReportService reports = Arc.container().instance(ReportService.class).get();
        ReportRepository repository = Arc.container().instance(ReportRepository.class).get();
        CohortRow cohort = repository.cohortById(cohortId).orElseThrow();
        String aimag = "Аймаг 7";
        ReportScope whole = ReportScope.whole();
        int days = ReportService.DEFAULT_INACTIVE_DAYS;
        perQuery("counts", () -> repository.counts(cohortId, whole));
        perQuery("moduleCounts", () -> repository.moduleCounts(cohortId, whole));
        perQuery("inactive", () -> repository.inactive(cohortId, whole, days, ReportService.LIST_LIMIT));
        perQuery("notAttendedCounts", () -> repository.notAttendedCounts(cohortId, whole));
        perQuery("notAttended", () -> repository.notAttended(cohortId, whole, ReportService.LIST_LIMIT));
        perQuery("modules+sessionItems+courses", () -> List.of(repository.modules(cohortId),
                repository.sessionItems(cohortId), repository.courses(cohortId)));
        measure("top level (whole cohort)", () -> reports.report(cohort, ReportScope.whole(), null, ReportService.LIST_LIMIT));
        measure("drill-down (one aimag)", () -> reports.report(cohort, new ReportScope(aimag, null, null, null), null,
                ReportService.LIST_LIMIT));
        measure("drill-down (one school)", () -> reports.report(cohort, new ReportScope(null, null,
                firstSchool(tag), null), null, ReportService.LIST_LIMIT));
        measure("top level, one course", () -> reports.report(cohort, new ReportScope(null, null, null,
                courses.get(0).id()), null, ReportService.LIST_LIMIT));
        overHttp(tag);
    }

    /** The same pages over HTTP, signed in as a site coordinator, with bench/DashboardLoad.java. */
    private static void overHttp(String cohortCode) {
        var coordinator = org.surgalt.testsupport.PersonBuilder.aPerson()
                .withGrant(org.surgalt.identity.Grant.site(org.surgalt.identity.Role.COORDINATOR)).create();
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.test-port",
                Integer.class);
        try {
            Process load = new ProcessBuilder("java", "bench/DashboardLoad.java", "http://localhost:" + port, cohortCode,
                    coordinator.email(), coordinator.password(), Integer.getInteger("bench.requests", 20).toString(),
                    Integer.getInteger("bench.clients", 2).toString()).redirectErrorStream(true).start();
            System.out.print(new String(load.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            System.out.println("DashboardLoad exited with " + load.waitFor());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void perQuery(String what, Supplier<Object> query) {
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            QuarkusTransaction.requiringNew().call(query::get);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("  query %-30s median %5d ms%n", what, ms[2]);
    }

    private static void measure(String what, Supplier<CohortReport> report) {
        for (int i = 0; i < 3; i++) {
            report.get();
        }
        long[] ms = new long[ROUNDS];
        CohortReport last = null;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            last = report.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-28s p50 %4d ms  p95 %4d ms  p99 %4d ms  max %4d ms  (%d rounds; %,d learners, %d rows)%n",
                what, ms[ROUNDS / 2], ms[(int) Math.ceil(ROUNDS * 0.95) - 1], ms[(int) Math.ceil(ROUNDS * 0.99) - 1],
                ms[ROUNDS - 1], ROUNDS, last.total().learners(), last.rows().size() + last.teachers().size());
    }

    private static long seed(String tag, List<Course> courses) {
        sql("INSERT INTO institution (code, name, kind, aimag, soum) SELECT CONCAT('" + tag + "-s', seq), "
                + "CONCAT('Сургууль ', seq), 'SCHOOL', CONCAT('Аймаг ', seq % 21), CONCAT('Сум ', (seq DIV 21) % 16) "
                + "FROM seq_1_to_" + SCHOOLS);
        long firstSchool = number("SELECT MIN(id) FROM institution WHERE code LIKE '" + tag + "-s%'");
        sql("INSERT INTO app_user (email, display_name, locale, institution_id) SELECT CONCAT('" + tag + "-', seq, "
                + "'@bench.surgalt'), CONCAT('Багш ', seq), 'mn', " + firstSchool + " + seq % " + SCHOOLS
                + " FROM seq_1_to_" + MEMBERS);
        sql("INSERT INTO cohort (code, name) VALUES ('" + tag + "', 'Үндэсний бүлэг')");
        long cohortId = number("SELECT id FROM cohort WHERE code = '" + tag + "'");
        for (Course course : courses) {
            sql("INSERT INTO cohort_course (cohort_id, course_id) VALUES (" + cohortId + ", " + course.id() + ")");
        }
        sql("INSERT INTO cohort_member (cohort_id, user_id, source) SELECT " + cohortId + ", id, 'CSV' FROM app_user "
                + "WHERE email LIKE '" + tag + "-%'");
        // Each member reached the first (user id mod 13) modules of each course; 12 or more: all 11, complete.
        sql("INSERT INTO module_progress (user_id, course_id, module_id, items_done, items_required, completed_at) "
                + "SELECT m.user_id, c.id, mv.module_id, IF(mv.position < (m.user_id + c.id) % 13, 2, 1), 2, "
                + "IF(mv.position < (m.user_id + c.id) % 13, NOW(6), NULL) FROM cohort_member m "
                + "JOIN cohort_course cc ON cc.cohort_id = m.cohort_id JOIN course c ON c.id = cc.course_id "
                + "JOIN course_version cv ON cv.course_id = c.id AND cv.number = c.published_version "
                + "JOIN module_version mv ON mv.course_version_id = cv.id "
                + "WHERE m.cohort_id = " + cohortId + " AND mv.position <= (m.user_id + c.id) % 13");
        sql("INSERT INTO course_progress (user_id, course_id, items_done, items_required, modules_done, modules_required, "
                + "complete, completed_at, last_activity_at, course_version) SELECT mp.user_id, mp.course_id, "
                + "SUM(mp.items_done), 23, SUM(mp.completed_at IS NOT NULL), 11, SUM(mp.completed_at IS NOT NULL) = 11, "
                + "IF(SUM(mp.completed_at IS NOT NULL) = 11, NOW(6), NULL), NOW(6) - INTERVAL (mp.user_id % 40) DAY, 1 "
                + "FROM module_progress mp JOIN cohort_member m ON m.user_id = mp.user_id AND m.cohort_id = " + cohortId
                + " GROUP BY mp.user_id, mp.course_id");
        for (Course course : courses) {
            long item = course.modules().get(0).items().get(2).id();
            sql("INSERT INTO f2f_session (course_id, item_id, cohort_id, starts_at, ends_at, place, capacity, checkin_secret) "
                    + "VALUES (" + course.id() + ", " + item + ", " + cohortId + ", NOW(6) - INTERVAL 2 HOUR, "
                    + "NOW(6) - INTERVAL 1 HOUR, 'Улаанбаатар', 100000, RANDOM_BYTES(32))");
            sql("INSERT INTO attendance (session_id, user_id, status, method) SELECT LAST_INSERT_ID(), user_id, "
                    + "ELT(1 + user_id % 4, 'PRESENT', 'LATE', 'ABSENT', 'EXCUSED'), 'MANUAL' FROM cohort_member "
                    + "WHERE cohort_id = " + cohortId + " AND user_id % 5 <> 0");
        }
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(
                "ANALYZE TABLE cohort_member, course_progress, module_progress, attendance, app_user, institution")
                .getResultList());
        return cohortId;
    }

    private static void explain(long cohortId) {
        List<String> queries = List.of(
                "SELECT i.aimag, COUNT(*), SUM(t.n), SUM(t.completed) FROM (SELECT m.user_id, COUNT(*) AS n, "
                        + "SUM(COALESCE(cp.complete, 0)) AS completed FROM cohort_member m JOIN cohort_course cc "
                        + "ON cc.cohort_id = m.cohort_id LEFT JOIN course_progress cp ON cp.user_id = m.user_id "
                        + "AND cp.course_id = cc.course_id WHERE m.cohort_id = " + cohortId + " GROUP BY m.user_id) t "
                        + "JOIN app_user u ON u.id = t.user_id LEFT JOIN institution i ON i.id = u.institution_id "
                        + "GROUP BY i.aimag",
                "SELECT mp.course_id, mp.module_id, COUNT(*) FROM cohort_member m JOIN cohort_course cc "
                        + "ON cc.cohort_id = m.cohort_id JOIN module_progress mp ON mp.user_id = m.user_id "
                        + "AND mp.course_id = cc.course_id WHERE m.cohort_id = " + cohortId
                        + " GROUP BY mp.course_id, mp.module_id",
                "SELECT COUNT(*) FROM cohort_member m JOIN cohort_course cc ON cc.cohort_id = m.cohort_id "
                        + "JOIN course c ON c.id = cc.course_id JOIN course_version cv ON cv.course_id = c.id "
                        + "AND cv.number = c.published_version JOIN item_version iv ON iv.course_version_id = cv.id "
                        + "AND iv.kind = 'SESSION' WHERE m.cohort_id = " + cohortId + " AND NOT EXISTS (SELECT 1 FROM "
                        + "attendance a JOIN f2f_session s ON s.id = a.session_id WHERE a.user_id = m.user_id "
                        + "AND s.item_id = iv.item_id AND a.status IN ('PRESENT', 'LATE'))");
        for (String query : queries) {
            System.out.println("EXPLAIN " + query.substring(0, 60) + "...");
            QuarkusTransaction.requiringNew().run(() -> {
                List<?> rows = em().createNativeQuery("EXPLAIN " + query).getResultList();
                for (Object row : rows) {
                    System.out.println("  " + Arrays.toString((Object[]) row));
                }
            });
        }
    }

    private static Long firstSchool(String tag) {
        return number("SELECT MIN(id) + 7 FROM institution WHERE code LIKE '" + tag + "-s%'");
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().timeout(600).run(() -> em().createNativeQuery(statement).executeUpdate());
    }

    private static long number(String query) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em().createNativeQuery(query).getSingleResult()).longValue());
    }

}
