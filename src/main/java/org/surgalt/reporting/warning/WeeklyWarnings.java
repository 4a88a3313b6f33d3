package org.surgalt.reporting.warning;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Every instance's scheduler ticks; a tick queues one run unless one is waiting or running; the
 * run sends this week's digests and nudges that have not gone out yet. So the first run of an ISO
 * week sends them (on Monday's first tick, where the programme's clock is), and every later run,
 * on whichever instance, finds them sent ({@link WarningOutbox}) and sends nothing twice.
 */
@ApplicationScoped
class WeeklyWarnings implements JobHandler {

    static final String JOB = "warning.weekly";
    private static final Logger LOG = Logger.getLogger(WeeklyWarnings.class);

    private final JobQueue jobs;
    private final WeeklyDigest digest;
    private final Nudges nudges;

    WeeklyWarnings(JobQueue jobs, WeeklyDigest digest, Nudges nudges) {
        this.jobs = jobs;
        this.digest = digest;
        this.nudges = nudges;
    }

    @Scheduled(identity = "weekly-warnings", every = "${surgalt.warning.check-interval}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void queueRun() {
        jobs.enqueueUnlessPending(JOB, Map.of());
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        Instant now = Instant.now();
        int digests = digest.send(now);
        int reminders = nudges.send(now);
        // One line per run, sent or not: which instances ran it is read from their logs (scaleout tests).
        LOG.infof("Weekly early-warning run: %d digests and %d nudges sent", digests, reminders);
    }
}
