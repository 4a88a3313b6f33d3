package org.surgalt.assignment.peer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * The peer phase's periodic work. Every instance's scheduler ticks; a tick queues one check (unless
 * one is waiting or running), and the check allocates each assignment whose submissions have
 * closed, then reminds the assessors of each assignment whose assessment deadline falls within the
 * deadline notice ({@code surgalt.notification.deadline-notice}) of what they have not assessed.
 * Each allocation is its own transaction guarded by the settings row, so a check that runs twice
 * allocates nothing twice; each assessor is reminded once per deadline (see {@link PeerService#remind}).
 */
@ApplicationScoped
class PeerAllocationJob implements JobHandler {

    static final String JOB = "peer.allocate";
    private static final Logger LOG = Logger.getLogger(PeerAllocationJob.class);

    private final JobQueue jobs;
    private final PeerService peers;
    private final NotificationConfig config;

    PeerAllocationJob(JobQueue jobs, PeerService peers, NotificationConfig config) {
        this.jobs = jobs;
        this.peers = peers;
        this.config = config;
    }

    @Scheduled(identity = "peer-allocation", every = "${surgalt.notification.deadline-check-interval}",
            delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    void queueCheck() {
        jobs.enqueueUnlessPending(JOB, Map.of());
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        Instant now = Instant.now();
        check(now);
        remind(now);
    }

    /** @return how many allocations were made */
    int check(Instant now) {
        int made = 0;
        for (long itemId : peers.dueForAllocation(now)) {
            made += peers.allocate(itemId, now);
        }
        return made;
    }

    /** @return how many assessors were reminded by this run */
    int remind(Instant now) {
        int reminded = 0;
        for (long itemId : peers.closingBetween(now, now.plus(config.deadlineNotice()))) {
            try {
                reminded += peers.remind(itemId);
            } catch (PersistenceException raced) {
                // Another instance wrote the same reminders first and sends them; this run's rolled back.
                LOG.debugf("Peer reminders for item %d were written by another run", itemId);
            }
        }
        return reminded;
    }
}
