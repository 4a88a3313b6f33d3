package org.surgalt.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Closes and grades attempts whose deadline has passed (their time limit, or the quiz's close
 * time), so a learner who never comes back still has their attempt counted on the dashboards.
 * Every instance's scheduler ticks; a tick queues one check unless one is waiting or running; the
 * check closes each overdue attempt in a transaction of its own with its row locked
 * ({@link AttemptGrading#closeIfOverdue}), so a check that runs twice, or on two instances at once,
 * grades each attempt once.
 */
@ApplicationScoped
class OverdueAttempts implements JobHandler {

    static final String JOB = "quiz.overdue";
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(OverdueAttempts.class);

    private final JobQueue jobs;
    private final AttemptGrading grading;

    OverdueAttempts(JobQueue jobs, AttemptGrading grading) {
        this.jobs = jobs;
        this.grading = grading;
    }

    @Scheduled(identity = "quiz-overdue", every = "${surgalt.quiz.overdue-check-interval}", delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void queueCheck() {
        jobs.enqueueUnlessPending(JOB, Map.of());
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        closeDue();
    }

    /** @return how many attempts this check closed */
    int closeDue() {
        int closed = 0;
        List<Long> due = overdue();
        while (!due.isEmpty()) {
            int before = closed;
            for (long id : due) {
                if (grading.closeIfOverdue(id)) {
                    closed++;
                }
            }
            // Another instance closed them all meanwhile: what is left is theirs to finish.
            if (closed == before || due.size() < BATCH) {
                break;
            }
            due = overdue();
        }
        if (closed > 0) {
            LOG.infof("closed and graded %d overdue quiz attempts", closed);
        }
        return closed;
    }

    private List<Long> overdue() {
        return grading.overdue(BATCH);
    }
}
