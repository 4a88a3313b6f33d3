package org.surgalt.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.progress.ProgressFixture.item;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.progress.CompletionFact.Kind;

/**
 * A fact recorded with no transaction open goes to the database in one call of its own transaction
 * (V019's progress_record_fact) unless it may decide the course: then the database rolls it back
 * and it is recorded in a transaction, once, with the completion and the certificate. Which way
 * each fact went is read from the application's metrics.
 */
@QuarkusTest
class RecordAloneTest {

    @Inject
    ProgressService progress;

    @Inject
    CompletedEvents events;

    @Inject
    MeterRegistry meters;

    @Inject
    EntityManager em;

    @Test
    void factsThatDecideNothingAreRecordedAloneAndTheOneThatCompletesTheCourseInATransaction() {
        Course course = ProgressFixture.course(List.of(item(ItemKind.PAGE, "A1"), item(ItemKind.PAGE, "A2")),
                List.of(item(ItemKind.PAGE, "B1"), item(ItemKind.PAGE, "B2")));
        CourseContent v1 = ProgressFixture.published(course);
        long learner = aPerson().enrolledIn(course.code()).create().id();
        long other = aPerson().enrolledIn(course.code()).create().id();

        Counts before = counts();
        // The course's first fact on this instance reads its rule, in a transaction.
        view(other, v1, "A1");
        assertEquals(before.plus(0, 0, 1), counts(), "a course whose rule this instance has not read yet");

        before = counts();
        view(learner, v1, "A1");
        view(learner, v1, "A2");
        view(learner, v1, "B1");
        assertEquals(before.plus(3, 0, 0), counts(), "a module completed with another still open decides nothing");
        assertTrue(!complete(learner, course.id()));

        before = counts();
        view(learner, v1, "B2");
        assertEquals(before.plus(0, 1, 1), counts(), "the fact that completes the course is tried, then deferred");
        assertTrue(complete(learner, course.id()));
        assertEquals(1, events.count(learner, course.id()), "completed once");
        assertEquals(1L, count("SELECT COUNT(*) FROM certificate WHERE user_id = ?1 AND course_id = ?2", learner,
                course.id()), "the certificate was issued with the completion");

        before = counts();
        view(learner, v1, "A1");
        assertEquals(before.plus(1, 0, 0), counts(), "a fact after completion decides nothing");
        assertEquals(5L, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1 AND course_id = ?2", learner,
                course.id()), "every fact once, the deferred one too");
        assertEquals(List.of(4, 4, 2, 2, 1), row(learner, course.id()),
                "items done and required, modules done and required, complete");

        before = counts();
        QuarkusTransaction.requiringNew().run(() -> view(other, v1, "A2"));
        assertEquals(before.plus(0, 0, 1), counts(), "within a caller's transaction a fact is always recorded in it");
    }

    private void view(long learner, CourseContent version, String title) {
        progress.record(learner, version, ProgressFixture.item(version, title), Kind.VIEWED, null, "test");
    }

    private record Counts(double alone, double deferred, double inTransaction) {

        Counts plus(int alone, int deferred, int inTransaction) {
            return new Counts(this.alone + alone, this.deferred + deferred, this.inTransaction + inTransaction);
        }
    }

    private Counts counts() {
        return new Counts(meters.counter("surgalt.progress.facts", "recorded", "alone").count(),
                meters.counter("surgalt.progress.facts.deferred").count(),
                meters.counter("surgalt.progress.facts", "recorded", "in-transaction").count());
    }

    private boolean complete(long learner, long courseId) {
        return row(learner, courseId).get(4) == 1;
    }

    private List<Integer> row(long learner, long courseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] r = (Object[]) em.createNativeQuery("""
                    SELECT items_done, items_required, modules_done, modules_required, complete
                    FROM course_progress WHERE user_id = ?1 AND course_id = ?2""")
                    .setParameter(1, learner).setParameter(2, courseId).getSingleResult();
            return List.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), Boolean.TRUE.equals(r[4]) || (r[4] instanceof Number n && n.intValue() == 1)
                            ? 1 : 0);
        });
    }

    private long count(String sql, Object... values) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
