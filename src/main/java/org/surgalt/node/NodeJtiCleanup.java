package org.surgalt.node;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Forgets spent jtis whose tokens have expired, every few minutes on each instance (deleting the same
 * expired rows twice is harmless). In batches, each its own short transaction, so nodes' requests
 * never wait long behind it.
 */
@ApplicationScoped
class NodeJtiCleanup {

    private static final int BATCH = 5_000;

    private final SchoolNodeRepository nodes;

    NodeJtiCleanup(SchoolNodeRepository nodes) {
        this.nodes = nodes;
    }

    @Scheduled(identity = "node-jti-cleanup", every = "5m", delayed = "2m", concurrentExecution = ConcurrentExecution.SKIP)
    void forgetExpired() {
        Instant now = Instant.now();
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> nodes.forgetExpiredJtis(now, BATCH));
        } while (deleted == BATCH);
    }
}
