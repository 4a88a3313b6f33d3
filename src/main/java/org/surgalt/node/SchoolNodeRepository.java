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
     * Spent jtis whose tokens have expired (a replay of those is refused for its expiry already), a
     * bounded batch at a time; by a scheduled job, never in a node's request, where its range lock would
     * make the node's concurrent requests deadlock.
     */
    int forgetExpiredJtis(Instant now, int batch) {
        return getEntityManager().createNativeQuery("DELETE FROM school_node_jti WHERE expires < ?1 LIMIT " + batch)
                .setParameter(1, now).executeUpdate();
    }
}
