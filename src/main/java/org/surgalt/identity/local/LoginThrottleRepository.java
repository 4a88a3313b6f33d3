package org.surgalt.identity.local;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class LoginThrottleRepository implements PanacheRepositoryBase<LoginThrottle, LoginThrottle.Key> {

    /** The row of a key, created if missing without racing another instance, then locked (for other scopes than sign-in). */
    public LoginThrottle locked(LoginThrottle.Scope scope, String key, Instant now) {
        getEntityManager().createNativeQuery(
                "INSERT IGNORE INTO login_throttle (scope, throttle_key, failures, last_failure_at) VALUES (?1, ?2, 0, ?3)")
                .setParameter(1, scope.name()).setParameter(2, key).setParameter(3, now).executeUpdate();
        return findById(new LoginThrottle.Key(scope, key), LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<LoginThrottle> find(LoginThrottle.Scope scope, String key) {
        return findByIdOptional(new LoginThrottle.Key(scope, key));
    }
}
