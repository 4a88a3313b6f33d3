package org.surgalt.node.client;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class NodeIdentityRepository implements PanacheRepository<NodeIdentity> {

    Optional<NodeIdentity> current() {
        return findByIdOptional(NodeIdentity.ONLY);
    }
}
