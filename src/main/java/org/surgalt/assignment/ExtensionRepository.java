package org.surgalt.assignment;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ExtensionRepository implements PanacheRepository<Extension> {

    public Optional<Extension> of(long itemId, long learnerId) {
        return find("itemId = ?1 and learnerId = ?2", itemId, learnerId).firstResultOptional();
    }

    public List<Extension> ofAssignment(long itemId) {
        return list("itemId", itemId);
    }
}
