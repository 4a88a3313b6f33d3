package org.surgalt.node.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On a school node: the one place that says which local row is which national row (V050
 * {@code node_link}). Content, people and results that come down are linked here as they are written;
 * records that go up are translated here. A row without a link is the node's own and never goes up.
 */
@ApplicationScoped
public class NodeLinks {

    /** What a link is between. */
    public enum Kind {
        USER, COHORT, COURSE, MODULE, ITEM, SESSION, QUESTION, OPTION, SUBMISSION, ATTEMPT
    }

    private final EntityManager em;

    NodeLinks(EntityManager em) {
        this.em = em;
    }

    /** The national id of a local row, if it came from (or was sent to) the national server. */
    @Transactional
    public Optional<Long> national(Kind kind, long localId) {
        List<?> rows = em.createNativeQuery("SELECT national_id FROM node_link WHERE kind = ?1 AND local_id = ?2")
                .setParameter(1, kind.name()).setParameter(2, localId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** The local row standing for a national one, if the node has it. */
    @Transactional
    public Optional<Long> local(Kind kind, long nationalId) {
        List<?> rows = em.createNativeQuery("SELECT local_id FROM node_link WHERE kind = ?1 AND national_id = ?2")
                .setParameter(1, kind.name()).setParameter(2, nationalId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** Every link of a kind, national id by local id (for translating a batch at once). */
    @Transactional
    public Map<Long, Long> nationalByLocal(Kind kind, List<Long> localIds) {
        Map<Long, Long> found = new HashMap<>();
        if (localIds.isEmpty()) {
            return found;
        }
        List<?> rows = em.createNativeQuery(
                "SELECT local_id, national_id FROM node_link WHERE kind = ?1 AND local_id IN (?2)")
                .setParameter(1, kind.name()).setParameter(2, localIds).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return found;
    }

    /** National id by local id for every link of a kind (a node holds a school's worth: hundreds, not millions). */
    @Transactional
    public Map<Long, Long> all(Kind kind) {
        Map<Long, Long> found = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT local_id, national_id FROM node_link WHERE kind = ?1")
                .setParameter(1, kind.name()).getResultList()) {
            Object[] r = (Object[]) row;
            found.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return found;
    }

    /**
     * Links a local row to a national one, in the caller's transaction. Linking the same pair again
     * does nothing; a local row already linked to another national row (or the reverse) is a bug in the
     * caller and fails.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(Kind kind, long localId, long nationalId) {
        Optional<Long> existing = national(kind, localId);
        if (existing.isPresent()) {
            if (existing.get() != nationalId) {
                throw new IllegalStateException(kind + " " + localId + " is linked to national " + existing.get()
                        + ", not " + nationalId);
            }
            return;
        }
        em.createNativeQuery("INSERT INTO node_link (kind, local_id, national_id) VALUES (?1, ?2, ?3)")
                .setParameter(1, kind.name()).setParameter(2, localId).setParameter(3, nationalId).executeUpdate();
    }

    /** Forgets a local row's link (the row is gone from the node). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlink(Kind kind, long localId) {
        em.createNativeQuery("DELETE FROM node_link WHERE kind = ?1 AND local_id = ?2")
                .setParameter(1, kind.name()).setParameter(2, localId).executeUpdate();
    }
}
