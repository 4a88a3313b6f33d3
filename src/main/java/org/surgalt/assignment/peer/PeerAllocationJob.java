package org.surgalt.assignment.peer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Every instance's scheduler ticks; a tick queues one check (unless one is waiting or running), and
 * the check allocates each assignment whose submissions have closed. Each allocation is its own
 * transaction guarded by the settings row, so a check that runs twice allocates nothing twice.
 */
@ApplicationScoped
class PeerAllocationJob implements JobHandler {

    static final String JOB = "peer.allocate";

    private final JobQueue jobs;
    private final PeerService peers;

    PeerAllocationJob(JobQueue jobs, PeerService peers) {
        this.jobs = jobs;
        this.peers = peers;
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
        check(Instant.now());
    }

    /** @return how many allocations were made */
    int check(Instant now) {
        int made = 0;
        for (long itemId : peers.dueForAllocation(now)) {
            made += peers.allocate(itemId, now);
        }
        return made;
    }
}
