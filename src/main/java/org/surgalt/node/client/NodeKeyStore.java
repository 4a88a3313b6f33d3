package org.surgalt.node.client;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Where the node's key changes are written, each in a transaction of its own (never across a call). */
@ApplicationScoped
class NodeKeyStore {

    private final NodeIdentityRepository identities;

    NodeKeyStore(NodeIdentityRepository identities) {
        this.identities = identities;
    }

    void promotePending() {
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> identities.current().ifPresent(n -> n.promotePendingKey(now)));
    }
}
