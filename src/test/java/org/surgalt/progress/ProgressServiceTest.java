package org.surgalt.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.progress.ProgressFixture.item;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Viewer;
import org.surgalt.progress.CompletionFact.Kind;

/** Derived progress kept with each fact, against the same rows computed from scratch. */
@QuarkusTest
class ProgressServiceTest {

    @Inject
    ProgressService progress;

    @Inject
    RecomputeService recomputes;

    @Inject
    CompletionRuleService completionRules;

    @Inject
    CompletedEvents events;

    @Inject
    EntityManager em;

    private Course mixedCourse() {
        return ProgressFixture.course(
                List.of(item(ItemKind.PAGE, "Intro"), item(ItemKind.LINK, "Reading"), item(ItemKind.QUIZ, "Quiz")),
                List.of(item(ItemKind.SESSION, "Workshop A"), item(ItemKind.SESSION, "Workshop B")),
                List.of(item(ItemKind.ASSIGNMENT, "Plan")));
    }

    private void record(long user, CourseContent version, String title, Kind kind, Integer score) {
        progress.record(user, version, ProgressFixture.item(version, title), kind, score, "test");
    }

    @Test
    void derivedRowsAfterMixedFactsAreWhatARecomputeFromScratchGives() {
        Course course = mixedCourse();
        CourseContent v2 = ProgressFixture.setRequired(course, "Reading", false);
        long learner = aPerson().enrolledIn(course.code()).create().id();
        progress.viewed(learner, v2, ProgressFixture.item(v2, "Intro"));
        progress.viewed(learner, v2, ProgressFixture.item(v2, "Intro"));
        progress.viewed(learner, v2, ProgressFixture.item(v2, "Reading"));
        record(learner, v2, "Quiz", Kind.PASSED, 40);
        record(learner, v2, "Quiz", Kind.PASSED, 80);
        record(learner, v2, "Workshop A", Kind.ATTENDED, null);
        record(learner, v2, "Workshop B", Kind.WAIVED, null);
        record(learner, v2, "Workshop B", Kind.REVOKED, null);
        record(learner, v2, "Plan", Kind.SUBMITTED, null);
        String incremental = snapshot(learner, course.id());

        assertEquals("items=[Intro, Plan, Quiz, Reading, Workshop A] modules=[1:2/2 done, 2:1/2, 3:1/1 done] "
                + "course=4/5 modules 2/3 complete=false", incremental);
        assertEquals(80, progress.of(learner, v2).percent(), "4 of 5 required items; the optional reading does not count");
        wipe(learner, course.id());
        recomputes.request(course.id(), "REQUESTED", null);
        ProgressFixture.runJobs();
        assertEquals(incremental, snapshot(learner, course.id()));
    }

    @Test
    void anOptionalItemIsRecordedButHoldsNoModuleBack() {
        Course course = ProgressFixture.course(List.of(item(ItemKind.PAGE, "Lesson"), item(ItemKind.LINK, "Further")));
        CourseContent v2 = ProgressFixture.setRequired(course, "Further", false);
        long learner = aPerson().enrolledIn(course.code()).create().id();

        progress.viewed(learner, v2, ProgressFixture.item(v2, "Further"));
        assertFalse(progress.of(learner, v2).isComplete(v2.modules().get(0)));
        assertEquals(0, progress.of(learner, v2).percent());
        progress.viewed(learner, v2, ProgressFixture.item(v2, "Lesson"));

        assertTrue(progress.of(learner, v2).isComplete(v2.modules().get(0)));
        assertEquals(100, progress.of(learner, v2).percent());
        assertEquals("items=[Further, Lesson] modules=[1:1/1 done] course=1/1 modules 1/1 complete=true",
                snapshot(learner, course.id()));
        assertEquals(1, events.count(learner, course.id()));
    }

    @Test
    void atLeastThreeOfFourSessionsAndTheQuizCompleteTheCourseOnce() {
        Course course = ProgressFixture.course(
                List.of(item(ItemKind.PAGE, "Welcome"), item(ItemKind.QUIZ, "Final quiz")),
                List.of(item(ItemKind.SESSION, "S1"), item(ItemKind.SESSION, "S2"), item(ItemKind.SESSION, "S3"),
                        item(ItemKind.SESSION, "S4")));
        CourseContent v1 = ProgressFixture.published(course);
        Viewer author = editor(course);
        long quiz = ProgressFixture.item(v1, "Final quiz").id();
        List<Long> sessions = List.of("S1", "S2", "S3", "S4").stream().map(t -> ProgressFixture.item(v1, t).id()).toList();
        completionRules.save(author, course.id(), 0, false,
                List.of(new RuleCondition(sessions, 3), new RuleCondition(List.of(quiz), 1)), null);
        long learner = aPerson().enrolledIn(course.code()).create().id();

        record(learner, v1, "S1", Kind.ATTENDED, null);
        record(learner, v1, "S2", Kind.ATTENDED, null);
        record(learner, v1, "Final quiz", Kind.PASSED, 90);
        assertFalse(complete(learner, course.id()), "two sessions of the three needed");
        Explanation why = progress.explain(learner, v1);
        assertEquals(1, why.conditions().size());
        assertEquals(1, why.conditions().get(0).needed());
        assertEquals(List.of("S3", "S4"), why.conditions().get(0).missing().stream().map(i -> i.title().en()).toList());
        assertTrue(why.modules().isEmpty(), "the rule does not ask for every module");

        record(learner, v1, "S4", Kind.ATTENDED, null);
        assertTrue(complete(learner, course.id()));
        assertTrue(progress.explain(learner, v1).complete());
        record(learner, v1, "S3", Kind.ATTENDED, null);
        record(learner, v1, "Welcome", Kind.VIEWED, null);
        assertEquals(1, events.count(learner, course.id()), "CourseCompleted exactly once");
    }

    /**
     * Instances share the database and nothing else: a rule another instance saved (this one's
     * forgetRule never called) must decide the very next fact recorded here.
     */
    @Test
    void aRuleSavedOnAnotherInstanceDecidesTheNextFactRecordedHere() {
        Course course = ProgressFixture.course(
                List.of(item(ItemKind.SESSION, "S1"), item(ItemKind.SESSION, "S2"), item(ItemKind.SESSION, "S3")));
        CourseContent v1 = ProgressFixture.published(course);
        Viewer author = editor(course);
        List<Long> sessions = List.of("S1", "S2", "S3").stream().map(t -> ProgressFixture.item(v1, t).id()).toList();
        completionRules.save(author, course.id(), 0, false, List.of(new RuleCondition(sessions, 2)), null);
        String twoOfThree = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT conditions FROM completion_rule WHERE course_id = ?1").setParameter(1, course.id())
                .getSingleResult());
        completionRules.save(author, course.id(), 0, false, List.of(new RuleCondition(sessions, 3)), null);
        long learner = aPerson().enrolledIn(course.code()).create().id();
        record(learner, v1, "S1", Kind.ATTENDED, null);
        assertFalse(complete(learner, course.id()), "one session of the three needed");

        // Another instance saves "two of the three" (as Hibernate does there: the version goes up).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE completion_rule SET conditions = ?1, version = version + 1 WHERE course_id = ?2")
                .setParameter(1, twoOfThree).setParameter(2, course.id()).executeUpdate());

        record(learner, v1, "S2", Kind.ATTENDED, null);
        assertTrue(complete(learner, course.id()), "two sessions, as the rule now asks");
        assertEquals(1, events.count(learner, course.id()));
    }

    @Test
    void aRevokedAttendanceTakesTheCourseBackWithAnAuditRow() {
        Course course = ProgressFixture.course(List.of(item(ItemKind.SESSION, "Workshop")));
        CourseContent v1 = ProgressFixture.published(course);
        long learner = aPerson().enrolledIn(course.code()).create().id();
        record(learner, v1, "Workshop", Kind.ATTENDED, null);
        assertTrue(complete(learner, course.id()));

        record(learner, v1, "Workshop", Kind.REVOKED, null);

        assertFalse(complete(learner, course.id()));
        assertFalse(progress.of(learner, v1).isComplete(ProgressFixture.item(v1, "Workshop").id()));
        List<RecomputeLog.Recompute> log = recomputes.ofCourse(course.id());
        assertEquals(1, log.size());
        RecomputeLog.Audit audit = recomputes.changes(course.id(), log.get(0).id()).get(0);
        assertEquals(learner, audit.userId());
        assertTrue(audit.beforeComplete());
        assertFalse(audit.afterComplete());

        record(learner, v1, "Workshop", Kind.ATTENDED, null);
        assertTrue(complete(learner, course.id()), "attending again after the correction counts");
        assertEquals(2, events.count(learner, course.id()));
    }

    @Test
    void aVersionAddingARequiredItemIsAppliedToEveryLearnerWithAudit() {
        Course course = ProgressFixture.course(List.of(item(ItemKind.PAGE, "One")));
        CourseContent v1 = ProgressFixture.published(course);
        long done = aPerson().enrolledIn(course.code()).create().id();
        long idle = aPerson().enrolledIn(course.code()).create().id();
        record(done, v1, "One", Kind.VIEWED, null);
        assertTrue(complete(done, course.id()));

        ProgressFixture.addPage(course, "Two");
        ProgressFixture.runJobs();

        RecomputeLog.Recompute added = recomputes.ofCourse(course.id()).get(0);
        assertEquals("PUBLISHED", added.reason());
        assertEquals(2, added.learners());
        assertEquals(1, added.changed(), "the idle learner's numbers did not change");
        RecomputeLog.Audit audit = recomputes.changes(course.id(), added.id()).get(0);
        assertEquals(List.of(done, 1, 1, true, 1, 2, false), List.of(audit.userId(), audit.beforeDone(),
                audit.beforeRequired(), audit.beforeComplete(), audit.afterDone(), audit.afterRequired(),
                audit.afterComplete()));
        assertFalse(complete(done, course.id()));
        assertFalse(complete(idle, course.id()));

        QuarkusTransaction.requiringNew().run(() -> {
            var module = em.find(Course.class, course.id()).modules().get(0);
            module.removeItem(module.items().stream().filter(i -> "Two".equals(i.title().en())).findFirst().orElseThrow());
        });
        ProgressFixture.republish(course);
        ProgressFixture.runJobs();
        RecomputeLog.Recompute removed = recomputes.ofCourse(course.id()).get(0);
        assertEquals(1, removed.changed());
        assertTrue(complete(done, course.id()), "complete again once the added page is gone");
        assertEquals(2, events.count(done, course.id()));
    }

    private Viewer editor(Course course) {
        var person = aPerson().withGrant(org.surgalt.identity.Grant.course(org.surgalt.identity.Role.AUTHOR,
                course.id())).create();
        return new Viewer(person.id(), person.email(), "author", java.util.Locale.ENGLISH, null,
                Set.of(org.surgalt.identity.Grant.course(org.surgalt.identity.Role.AUTHOR, course.id())));
    }

    private boolean complete(long user, long courseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(
                    "SELECT complete FROM course_progress WHERE user_id = ?1 AND course_id = ?2")
                    .setParameter(1, user).setParameter(2, courseId).getResultList();
            return !rows.isEmpty() && truthy(rows.get(0));
        });
    }

    /** The learner's derived rows as text: item titles, each module's done/required, the course totals. */
    @SuppressWarnings("unchecked")
    private String snapshot(long user, long courseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> items = new TreeSet<>((List<String>) em.createNativeQuery("""
                    SELECT COALESCE(i.title_en, '') FROM item_progress p JOIN item i ON i.id = p.item_id
                    WHERE p.user_id = ?1 AND p.course_id = ?2""").setParameter(1, user).setParameter(2, courseId)
                    .getResultList());
            List<Object[]> modules = em.createNativeQuery("""
                    SELECT m.position, p.items_done, p.items_required, p.completed_at IS NOT NULL
                    FROM module_progress p JOIN course_module m ON m.id = p.module_id
                    WHERE p.user_id = ?1 AND p.course_id = ?2 ORDER BY m.position""")
                    .setParameter(1, user).setParameter(2, courseId).getResultList();
            Object[] c = (Object[]) em.createNativeQuery("""
                    SELECT items_done, items_required, modules_done, modules_required, complete
                    FROM course_progress WHERE user_id = ?1 AND course_id = ?2""")
                    .setParameter(1, user).setParameter(2, courseId).getSingleResult();
            return "items=" + items + " modules=" + modules.stream()
                    .map(m -> m[0] + ":" + m[1] + "/" + m[2] + (truthy(m[3]) ? " done" : ""))
                    .collect(Collectors.joining(", ", "[", "]"))
                    + " course=" + c[0] + "/" + c[1] + " modules " + c[2] + "/" + c[3] + " complete=" + truthy(c[4]);
        });
    }

    private static boolean truthy(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof Number n && n.intValue() != 0);
    }

    private void wipe(long user, long courseId) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("item_progress", "module_progress", "course_progress")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?1 AND course_id = ?2")
                        .setParameter(1, user).setParameter(2, courseId).executeUpdate();
            }
        });
    }
}
