package org.surgalt.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobQueueTest {

    @Inject
    JobQueue queue;

    @Inject
    JobRunner runner;

    @Inject
    EntityManager em;

    /** Runs whatever other tests left due, so that each test claims only its own jobs. */
    @BeforeEach
    void drain() {
        while (runner.runDue("drain", 100) > 0) {
            // keep going
        }
    }

    @Test
    void twoHundredJobsClaimedByFourConcurrentWorkersRunExactlyOnceEach() throws Exception {
        String batch = UUID.randomUUID().toString();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(queue.enqueue("test.count", Map.of("key", batch + "/" + i)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<Integer>> claimers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            String worker = "claimer-" + t;
            claimers.add(threads.submit(() -> {
                int ran = 0;
                for (int n; (n = runner.runDue(worker, 5)) > 0;) {
                    ran += n;
                }
                return ran;
            }));
        }
        int total = 0;
        for (Future<Integer> claimer : claimers) {
            total += claimer.get(2, TimeUnit.MINUTES);
        }
        threads.shutdown();

        assertEquals(200, total);
        for (int i = 0; i < 200; i++) {
            assertEquals(1, TestJobHandlers.RUNS.get(batch + "/" + i).get(), "runs of job " + i);
        }
        assertEquals(200, ids.stream().filter(id -> queue.find(id).orElseThrow().state() == JobState.DONE).count());
    }

    @Test
    void aFailingJobIsRetriedWithGrowingBackoffThenRejectedWithItsReason() {
        long id = queue.enqueue("test.fail", Map.of(), 3);

        assertEquals(1, runner.runDue("worker", 10));
        Job first = queue.find(id).orElseThrow();
        assertEquals(JobState.FAILED, first.state());
        assertEquals(1, first.attempts());
        assertBetween(Duration.ofSeconds(9), Duration.ofSeconds(10), Duration.between(Instant.now(), first.runAfter()));
        assertEquals(0, runner.runDue("worker", 10), "not due again before its backoff");

        makeDue(id);
        assertEquals(1, runner.runDue("worker", 10));
        Job second = queue.find(id).orElseThrow();
        assertEquals(JobState.FAILED, second.state());
        assertBetween(Duration.ofSeconds(39), Duration.ofSeconds(40), Duration.between(Instant.now(), second.runAfter()));

        makeDue(id);
        assertEquals(1, runner.runDue("worker", 10));
        Job last = queue.find(id).orElseThrow();
        assertEquals(JobState.REJECTED, last.state());
        assertEquals(3, last.attempts());
        assertEquals("Gave up after 3 attempts: IllegalStateException: the printer is on fire", last.lastError());
        makeDue(id);
        assertEquals(0, runner.runDue("worker", 10), "a rejected job never runs again");
    }

    @Test
    void aHandlerCanRejectAtOnceWithAReasonForUsers() {
        long id = queue.enqueue("test.reject", Map.of());
        runner.runDue("worker", 10);
        Job job = queue.find(id).orElseThrow();
        assertEquals(JobState.REJECTED, job.state());
        assertEquals(1, job.attempts());
        assertEquals("This file is not a course package.", job.lastError());
    }

    @Test
    void aDeferredJobWaitsAndRunsLaterWithoutUsingUpItsAttempts() {
        String key = UUID.randomUUID().toString();
        long id = queue.enqueue("test.wait", Map.of("key", key), 2);

        for (int deferral = 1; deferral <= 2; deferral++) {
            assertEquals(1, runner.runDue("worker", 10));
            Job waiting = queue.find(id).orElseThrow();
            assertEquals(JobState.QUEUED, waiting.state());
            assertEquals(0, waiting.attempts(), "deferral " + deferral + " is no attempt");
            assertEquals("The scanner is busy; this job waits for it.", waiting.lastError());
            assertBetween(Duration.ofSeconds(9), Duration.ofSeconds(10),
                    Duration.between(Instant.now(), waiting.runAfter()));
            assertEquals(0, runner.runDue("worker", 10), "not due again before the retry delay");
            makeDue(id);
        }
        assertEquals(1, runner.runDue("worker", 10));

        Job job = queue.find(id).orElseThrow();
        assertEquals(JobState.DONE, job.state(), "deferred more often than its max attempts, yet done");
        assertEquals(1, job.attempts());
        assertEquals(3, TestJobHandlers.RUNS.get(key).get());
    }

    @Test
    void aJobWhoseInstanceDiedIsClaimedAgainAfterItsLease() {
        String key = UUID.randomUUID().toString();
        long id = queue.enqueue("test.count", Map.of("key", key));
        List<ClaimedJob> taken = queue.claim("instance-that-dies", 10);
        assertEquals(List.of(id), taken.stream().map(ClaimedJob::id).toList());
        assertEquals(0, runner.runDue("other-instance", 10), "leased to the first instance");

        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE job SET locked_until = :past WHERE id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", id).executeUpdate());
        assertEquals(1, runner.runDue("other-instance", 10));

        Job job = queue.find(id).orElseThrow();
        assertEquals(JobState.DONE, job.state());
        assertEquals(2, job.attempts());
        assertEquals(1, TestJobHandlers.RUNS.get(key).get());
        // The dead instance's late report changes nothing: it no longer holds the lease.
        assertTrue(!queue.done(taken.get(0), "instance-that-dies"));
    }

    private void makeDue(long id) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE job SET run_after = :past WHERE id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", id).executeUpdate());
    }

    private static void assertBetween(Duration low, Duration high, Duration actual) {
        assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
                "expected between " + low + " and " + high + ", was " + actual);
    }
}
