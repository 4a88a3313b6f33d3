package org.surgalt.node;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.surgalt.platform.DomainException;

/**
 * A node's heartbeat: when it was last heard from and what it has queued, for the admins' dashboard.
 * Not audited: it changes nothing but the node's own report, and comes every few minutes.
 */
@ApplicationScoped
public class NodeHeartbeatService {

    private final SchoolNodeRepository nodes;

    NodeHeartbeatService(SchoolNodeRepository nodes) {
        this.nodes = nodes;
    }

    @Transactional
    public Instant heard(NodeCaller caller, Heartbeat beat) {
        if (beat == null) {
            throw DomainException.invalid("queuedRecords", "must not be negative");
        }
        notNegative("queuedRecords", beat.queuedRecords());
        notNegative("queuedFiles", beat.queuedFiles());
        notNegative("queuedBytes", beat.queuedBytes());
        notNegative("linkBitsPerSecond", beat.linkBitsPerSecond());
        Instant now = Instant.now();
        nodes.findById(caller.nodeId()).heard(beat, now);
        return now;
    }

    private static void notNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw DomainException.invalid(field, "must not be negative");
        }
    }
}
