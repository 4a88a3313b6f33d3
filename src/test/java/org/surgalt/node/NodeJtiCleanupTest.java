package org.surgalt.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.CohortBuilder;

/** Spent jtis are forgotten once their tokens have expired, by the job, not in a node's request. */
@QuarkusTest
class NodeJtiCleanupTest {

    @Inject
    NodeJtiCleanup cleanup;

    @Test
    void expiredJtisGoAndLiveOnesStay() {
        String school = "node-jti-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        TestNode node = TestNode.enrolled(TestNode.admin(), school);
        long id = Long.parseLong(node.nodeId);
        CohortBuilder.sql("INSERT INTO school_node_jti (node_id, jti, expires) VALUES (?1, 'old', "
                + "CURRENT_TIMESTAMP(6) - INTERVAL 1 MINUTE), (?1, 'live', CURRENT_TIMESTAMP(6) + INTERVAL 1 MINUTE)", id);
        cleanup.forgetExpired();
        assertEquals(0L, count(id, "old"));
        assertEquals(1L, count(id, "live"));
        // A request still spends its jti, and a replay of it is still refused.
        node.scope().then().statusCode(200);
    }

    private static long count(long nodeId, String jti) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.arc.Arc
                .container().instance(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("SELECT COUNT(*) FROM school_node_jti WHERE node_id = ?1 AND jti = ?2")
                .setParameter(1, nodeId).setParameter(2, jti).getSingleResult()).longValue());
    }
}
