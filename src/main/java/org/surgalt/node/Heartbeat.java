package org.surgalt.node;

import java.time.Instant;

/** What a node reports about itself: what it has not yet sent, its link's recent speed, its syncs. */
public record Heartbeat(Long queuedRecords, Long queuedFiles, Long queuedBytes, Long linkBitsPerSecond,
        Instant lastUpSync, Instant lastDownSync, Instant nextSync) {
}
