package org.surgalt.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements whose actor is a Surgalt learner ({@link XapiAgents#learner}), for the data rights
 * of admin/rights: read for a person's export, and their actor's name removed when the person is
 * erased (the statements stay: they are the learning record, and the account id names nobody then).
 */
@ApplicationScoped
public class PersonStatements {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;
    private final XapiAgents agents;

    PersonStatements(EntityManager em, XapiAgents agents) {
        this.em = em;
        this.agents = agents;
    }

    /** A stored statement: its place in the store and its JSON. */
    public record Stored(long seq, String body) {
    }

    /** Some of the person's statements; {@code next} is where the next batch starts, or -1 after the last. */
    public record Batch(List<Stored> statements, long next) {
    }

    /** The statements after {@code afterSeq} whose actor is the person, in stored order, a batch at a time. */
    @Transactional
    public Batch batch(long userId, long afterSeq, int size) {
        String ifi = StatementKeys.ifi(agents.learner(userId, null)).orElseThrow();
        List<Stored> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.seq, s.body FROM xapi_statement_key k "
                + "JOIN xapi_statement s ON s.seq = k.seq WHERE k.key_hash = ?1 AND k.direct AND s.seq > ?2 "
                + "ORDER BY s.seq LIMIT " + size).setParameter(1, StatementKeys.agent(ifi))
                .setParameter(2, afterSeq).getResultList();
        for (Object[] row : rows) {
            String body = (String) row[1];
            // "direct" also finds statements about the person (the agent as object): only the actor's count.
            if (ifi.equals(StatementKeys.ifi(read(body).path("actor")).orElse(""))) {
                found.add(new Stored(((Number) row[0]).longValue(), body));
            }
        }
        long next = rows.size() < size ? -1 : ((Number) rows.get(rows.size() - 1)[0]).longValue();
        return new Batch(found, next);
    }

    /** Removes the actor's name from every statement the person made; returns how many changed. */
    @Transactional
    public int forgetName(long userId) {
        int changed = 0;
        long after = 0;
        while (after >= 0) {
            Batch batch = batch(userId, after, 500);
            for (Stored statement : batch.statements()) {
                JsonNode body = read(statement.body());
                if (body.path("actor") instanceof ObjectNode actor && actor.has("name")) {
                    actor.remove("name");
                    em.createNativeQuery("UPDATE xapi_statement SET body = ?1 WHERE seq = ?2")
                            .setParameter(1, body.toString()).setParameter(2, statement.seq()).executeUpdate();
                    changed++;
                }
            }
            after = batch.next();
        }
        return changed;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored statement is not JSON", e);
        }
    }
}
