package org.surgalt.lti;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class LtiLaunchRepository implements PanacheRepository<LtiLaunch> {

    /** Locked: two logins with one hint cannot both use it. */
    Optional<LtiLaunch> byHint(String hint) {
        return find("hint", hint).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** True when the tool had not sent this nonce before; it is remembered from now on. */
    boolean firstUseOfNonce(long toolId, String nonce) {
        return getEntityManager().createNativeQuery(
                "INSERT IGNORE INTO lti_nonce (tool_id, nonce, used_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, toolId).setParameter(2, nonce).setParameter(3, Instant.now()).executeUpdate() == 1;
    }

    /** Launches and nonces past their use: nothing refers to them again. */
    void forgetBefore(Instant cutoff) {
        delete("expires < ?1", cutoff);
        getEntityManager().createNativeQuery("DELETE FROM lti_nonce WHERE used_at < ?1").setParameter(1, cutoff)
                .executeUpdate();
    }
}
