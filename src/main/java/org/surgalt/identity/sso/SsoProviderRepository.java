package org.surgalt.identity.sso;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SsoProviderRepository implements PanacheRepository<SsoProvider> {

    public Optional<SsoProvider> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<SsoProvider> findEnabledByIssuer(String issuer) {
        String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return find("issuer = ?1 and enabled = true", trimmed).firstResultOptional();
    }

    public List<SsoProvider> listEnabled() {
        return list("enabled = true order by displayName");
    }
}
