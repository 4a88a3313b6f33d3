package org.surgalt.identity.sso;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class ExternalIdentityRepository implements PanacheRepository<ExternalIdentity> {

    public Optional<ExternalIdentity> find(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }

    /** Whether the person signs in (also) through an institution's provider. */
    public boolean isLinked(long userId) {
        return count("userId", userId) > 0;
    }
}
