package org.surgalt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * The dashboard reads per-cohort totals (cohort_course_total, cohort_module_total and
 * cohort_member.last_activity_at, V018) that triggers keep as progress, memberships, a cohort's
 * courses and people's schools change. After each kind of change they must equal the totals
 * counted afresh from the rows they summarise (the query V018 filled them with).
 */
@QuarkusTest
class CohortTotalsTest {

    @Test
    void theTotalsFollowEveryChangeToWhatTheyCount() {
        CohortFixture cohort = new CohortFixture(3, 2, 2, 1);
        ProgressService progress = Arc.container().instance(ProgressService.class).get();
        CourseService courses = Arc.container().instance(CourseService.class).get();
        CourseContent first = courses.published(cohort.course.code());
        view(progress, first, cohort.members.get(0), 7);
        view(progress, first, cohort.members.get(2), 3);
        assertTotalsAreRecounted(cohort, "facts recorded");

        // A second course in which some members already worked joins the cohort.
        Course other = CohortFixture.createCourse("rep-other-" + cohort.suffix, 2);
        CourseContent second = courses.published(other.code());
        view(progress, second, cohort.members.get(1), 4);
        view(progress, second, cohort.members.get(3), 1);
        cohort.addCourse(other.id());
        assertTotalsAreRecounted(cohort, "a course added to the cohort");

        // Someone who already worked in both courses joins it.
        TestPerson late = aPerson().inInstitution(cohort.darkhan.code()).create();
        view(progress, first, late, 5);
        view(progress, second, late, 2);
        cohort.addMember(late.id());
        assertTotalsAreRecounted(cohort, "a member with progress added");
        view(progress, second, late, 4);
        assertTotalsAreRecounted(cohort, "more facts after joining");

        // A member moves to another school, one leaves the cohort, one is deleted.
        CohortFixture.sql("UPDATE app_user SET institution_id = (SELECT id FROM institution WHERE code = ?1) WHERE id = ?2",
                cohort.darkhan.code(), cohort.members.get(0).id());
        assertTotalsAreRecounted(cohort, "a member moved school");
        CohortFixture.sql("UPDATE app_user SET institution_id = NULL WHERE id = ?1", cohort.members.get(1).id());
        assertTotalsAreRecounted(cohort, "a member without a school");
        CohortFixture.sql("DELETE FROM cohort_member WHERE cohort_id = ?1 AND user_id = ?2", cohort.cohortId,
                cohort.members.get(2).id());
        assertTotalsAreRecounted(cohort, "a member removed");
        CohortFixture.sql("DELETE FROM app_user WHERE id = ?1", late.id());
        assertTotalsAreRecounted(cohort, "a member deleted");

        // A course leaves the cohort.
        CohortFixture.sql("DELETE FROM cohort_course WHERE cohort_id = ?1 AND course_id = ?2", cohort.cohortId,
                cohort.course.id());
        assertTotalsAreRecounted(cohort, "a course removed");
    }

    /**
     * Members of one cohort at the same schools working at the same moment, some facts recorded
     * alone and some in a transaction: every fact is kept (no deadlock, which V018's triggers ran
     * into: they locked the cohort's course rows exclusively) and the totals are exact.
     */
    @Test
    void membersWorkingAtOnceLoseNoFactAndTheTotalsStayExact() throws Exception {
        CohortFixture cohort = new CohortFixture(3, 6, 6, 4);
        ProgressService progress = Arc.container().instance(ProgressService.class).get();
        CourseContent version = Arc.container().instance(CourseService.class).get().published(cohort.course.code());
        List<ItemContent> items = version.items().filter(item -> item.kind() != ItemKind.SESSION).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int n = 0; n < cohort.members.size(); n++) {
                TestPerson member = cohort.members.get(n);
                boolean inTransaction = n % 2 == 0;
                work.add(pool.submit(() -> items.forEach(item -> {
                    if (inTransaction) {
                        QuarkusTransaction.requiringNew().run(() -> progress.viewed(member.id(), version, item));
                    } else {
                        progress.record(member.id(), version, item, CompletionFact.Kind.VIEWED, null, "test");
                    }
                })));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(String.valueOf(cohort.members.size() * items.size()), rows("""
                SELECT COUNT(*) FROM completion_fact f JOIN cohort_member m ON m.user_id = f.user_id
                WHERE m.cohort_id = ?1""", cohort.cohortId), "every fact kept");
        assertEquals(String.valueOf(cohort.members.size() * items.size()), rows("""
                SELECT SUM(p.items_done) FROM course_progress p JOIN cohort_member m ON m.user_id = p.user_id
                WHERE m.cohort_id = ?1 AND p.course_id = ?2""".replace("?2", String.valueOf(cohort.course.id())),
                cohort.cohortId), "every page counted once in its learner's progress");
        assertTotalsAreRecounted(cohort, "members working at once");
    }

    private static void view(ProgressService progress, CourseContent version, TestPerson learner, int items) {
        List<ItemContent> all = version.items().filter(item -> item.kind() != ItemKind.SESSION).toList();
        all.subList(0, Math.min(items, all.size())).forEach(item -> progress.viewed(learner.id(), version, item));
    }

    private static void assertTotalsAreRecounted(CohortFixture cohort, String after) {
        String kept = rows("""
                SELECT course_id, institution_id, members, started, completed, percents FROM cohort_course_total
                WHERE cohort_id = ?1 AND members <> 0 ORDER BY 1, 2""", cohort.cohortId);
        String counted = rows("""
                SELECT cc.course_id, COALESCE(u.institution_id, 0), COUNT(*),
                       SUM(COALESCE(cp.items_done > 0 OR cp.last_activity_at IS NOT NULL, 0)), SUM(COALESCE(cp.complete, 0)),
                       SUM(COALESCE(cp.items_done * 100 DIV NULLIF(cp.items_required, 0), 0))
                FROM cohort_member m JOIN cohort_course cc ON cc.cohort_id = m.cohort_id JOIN app_user u ON u.id = m.user_id
                LEFT JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = cc.course_id
                WHERE m.cohort_id = ?1 GROUP BY 1, 2 ORDER BY 1, 2""", cohort.cohortId);
        assertFalse(kept.isEmpty(), "the cohort has totals after " + after);
        assertEquals(counted, kept, "course totals after " + after);
        String keptModules = rows("""
                SELECT course_id, module_id, institution_id, reached, completed FROM cohort_module_total
                WHERE cohort_id = ?1 AND reached <> 0 ORDER BY 1, 2, 3""", cohort.cohortId);
        String countedModules = rows("""
                SELECT mp.course_id, mp.module_id, COALESCE(u.institution_id, 0), COUNT(*), SUM(mp.completed_at IS NOT NULL)
                FROM cohort_member m JOIN cohort_course cc ON cc.cohort_id = m.cohort_id JOIN app_user u ON u.id = m.user_id
                JOIN module_progress mp ON mp.user_id = m.user_id AND mp.course_id = cc.course_id
                WHERE m.cohort_id = ?1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""", cohort.cohortId);
        assertEquals(countedModules, keptModules, "module totals after " + after);
        String activity = rows("""
                SELECT m.user_id, m.last_activity_at <=> (SELECT MAX(cp.last_activity_at) FROM course_progress cp
                    JOIN cohort_course cc ON cc.course_id = cp.course_id AND cc.cohort_id = m.cohort_id
                    WHERE cp.user_id = m.user_id)
                FROM cohort_member m WHERE m.cohort_id = ?1 ORDER BY 1""", cohort.cohortId);
        assertFalse(activity.contains(",0"), "every member's newest activity after " + after + ": " + activity);
    }

    private static String rows(String sql, long cohortId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            List<?> rows = em.createNativeQuery(sql).setParameter(1, cohortId).getResultList();
            return rows.stream().map(row -> row instanceof Object[] r
                    ? Arrays.stream(r).map(String::valueOf).collect(Collectors.joining(","))
                    : String.valueOf(row)).collect(Collectors.joining("\n"));
        });
    }
}
