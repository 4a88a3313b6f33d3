package org.surgalt.node;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class SchoolNodeRepository implements PanacheRepository<SchoolNode> {

    Optional<SchoolNode> findByCode(String codeSha256) {
        return find("codeSha256", codeSha256).firstResultOptional();
    }

    /** True when the node had not used this jti before; it is remembered until the token expires. */
    boolean firstUseOfJti(long nodeId, String jti, Instant expires) {
        return getEntityManager().createNativeQuery(
                "INSERT IGNORE INTO school_node_jti (node_id, jti, expires) VALUES (?1, ?2, ?3)")
                .setParameter(1, nodeId).setParameter(2, jti).setParameter(3, expires).executeUpdate() == 1;
    }

    /**
     * The node's jtis whose tokens have expired: a replay of those is refused for its expiry already.
     * One node's rows only, so that nodes' requests do not wait on each other's deletes.
     */
    void forgetExpiredJtis(long nodeId, Instant now) {
        getEntityManager().createNativeQuery("DELETE FROM school_node_jti WHERE node_id = ?1 AND expires < ?2")
                .setParameter(1, nodeId).setParameter(2, now).executeUpdate();
    }
}
