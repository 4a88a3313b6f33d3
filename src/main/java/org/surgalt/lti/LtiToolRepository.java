package org.surgalt.lti;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class LtiToolRepository implements PanacheRepository<LtiTool> {

    Optional<LtiTool> byClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    List<LtiTool> activeAt(String origin) {
        return list("origin = ?1 and disabled = false", origin);
    }
}
