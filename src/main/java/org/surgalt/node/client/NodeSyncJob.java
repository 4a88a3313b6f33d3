package org.surgalt.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * A node's scheduled sync, every surgalt.node.sync-interval inside surgalt.node.sync-window: a tick
 * queues one round unless one is waiting, so only one instance runs it. A round never fails as a job:
 * what did not move is tried again next round, and a link down for days leaves no pile of retries.
 */
@ApplicationScoped
class NodeSyncJob implements JobHandler {

    static final String JOB = "node.sync";
    static final String SCHEDULE = "node-sync";

    private final NodeClientConfig config;
    private final JobQueue jobs;
    private final NodeSync sync;

    NodeSyncJob(NodeClientConfig config, JobQueue jobs, NodeSync sync) {
        this.config = config;
        this.jobs = jobs;
        this.sync = sync;
    }

    @Scheduled(identity = SCHEDULE, every = "${surgalt.node.sync-interval}", delayed = "60s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void tick() {
        if (config.isNode() && sync.inWindow(sync.localNow())) {
            jobs.enqueueUnlessPending(JOB, Map.of());
        }
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        if (config.isNode()) {
            sync.runNow();
        }
    }
}
