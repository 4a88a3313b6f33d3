package org.surgalt.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * A node's heartbeat, every surgalt.node.heartbeat-interval: each instance's scheduler ticks, a tick
 * queues one heartbeat unless one is waiting. The job never fails: the outcome is kept for the status
 * page and the next tick tries again, so a link that is down for days leaves no pile of retries.
 */
@ApplicationScoped
class NodeHeartbeatJob implements JobHandler {

    static final String JOB = "node.heartbeat";
    static final String SCHEDULE = "node-heartbeat";

    private final NodeClientConfig config;
    private final JobQueue jobs;
    private final NodeContactService contact;

    NodeHeartbeatJob(NodeClientConfig config, JobQueue jobs, NodeContactService contact) {
        this.config = config;
        this.jobs = jobs;
        this.contact = contact;
    }

    @Scheduled(identity = SCHEDULE, every = "${surgalt.node.heartbeat-interval}", delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void tick() {
        if (config.isNode()) {
            jobs.enqueueUnlessPending(JOB, Map.of());
        }
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) throws Exception {
        if (config.isNode()) {
            contact.heartbeat();
        }
    }
}
