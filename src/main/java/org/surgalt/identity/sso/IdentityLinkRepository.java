package org.surgalt.identity.sso;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class IdentityLinkRepository implements PanacheRepository<IdentityLink> {

    /** Declarations still waiting for their sign-in (the login compares without case, by the column's collation). */
    List<IdentityLink> open(long providerId, String login, Instant now) {
        return list("providerId = ?1 and login = ?2 and usedAt is null and expiresAt > ?3", providerId, login, now);
    }

    List<IdentityLink> openFor(long userId, Instant now) {
        return list("userId = ?1 and usedAt is null and expiresAt > ?2 order by declaredAt", userId, now);
    }
}
