package org.surgalt.node.client.people;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/** One value read from the node's database in a transaction of its own (the tests compare tables). */
final class Rows {

    private Rows() {
    }

    static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    static String text(String sql, Object... parameters) {
        return single(sql, parameters).toString();
    }

    private static Object single(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return query.getSingleResult();
        });
    }
}
