package org.surgalt.node.client;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** When the node next contacts the national server: its heartbeat and its next sync round. */
@ApplicationScoped
class NodeSchedule {

    private final Scheduler scheduler;

    NodeSchedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Empty when the heartbeat is off (surgalt.node.heartbeat-interval=off). */
    Optional<Instant> nextHeartbeat() {
        return next(NodeHeartbeatJob.SCHEDULE);
    }

    /**
     * The scheduler's next tick of the sync (a tick outside surgalt.node.sync-window does nothing);
     * empty when the scheduled sync is off.
     */
    Optional<Instant> nextSync() {
        return next(NodeSyncJob.SCHEDULE);
    }

    private Optional<Instant> next(String identity) {
        Trigger trigger = scheduler.getScheduledJob(identity);
        return trigger == null ? Optional.empty() : Optional.ofNullable(trigger.getNextFireTime());
    }
}
