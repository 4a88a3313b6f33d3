package org.surgalt.node.client.up;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.client.SyncStep;

/**
 * The node's outbox (V051 {@code up_record}) as the records step reads and settles it, each call in a
 * short transaction of its own: a round never holds one open across a call to the national server.
 */
@ApplicationScoped
public class UpOutbox {

    private static final int DETAIL = 500;

    private final EntityManager em;
    private final NodeLinks links;

    UpOutbox(EntityManager em, NodeLinks links) {
        this.em = em;
        this.links = links;
    }

    /** The next records to send after {@code afterId}, oldest first (queued and held ones). */
    @Transactional
    public List<UpRecord> next(long afterId, int limit) {
        return rows(em.createNativeQuery("SELECT id, uid, kind, payload, state, detail FROM up_record "
                + "WHERE id > ?1 AND state IN ('QUEUED', 'HELD') ORDER BY id LIMIT " + limit)
                .setParameter(1, afterId).getResultList());
    }

    @Transactional
    public void hold(long id, String why) {
        settle(id, UpRecord.State.HELD, why);
    }

    @Transactional
    public void refuse(String uid, String why) {
        em.createNativeQuery("UPDATE up_record SET state = 'REFUSED', detail = ?1 WHERE uid = ?2")
                .setParameter(1, shorten(why)).setParameter(2, uid).executeUpdate();
    }

    /** A local submission or attempt and the national row it became. */
    public record Link(NodeLinks.Kind kind, long local, long national) {
    }

    /**
     * Forgets acknowledged records (the national server has them for good) and, in the same
     * transaction, links each local submission or attempt sent to the national row it became.
     */
    @Transactional
    public void acknowledged(List<String> uids, List<Link> made) {
        if (!uids.isEmpty()) {
            em.createNativeQuery("DELETE FROM up_record WHERE uid IN (?1)").setParameter(1, uids).executeUpdate();
        }
        made.forEach(link -> links.link(link.kind(), link.local(), link.national()));
    }

    /** The local submissions of the records waiting to go up (for the files backlog). */
    @Transactional
    public List<String> queuedPayloads(UpRecord.Kind kind) {
        return em.createNativeQuery("SELECT payload FROM up_record WHERE kind = ?1 AND state IN ('QUEUED', 'HELD')")
                .setParameter(1, kind.name()).getResultList().stream().map(String.class::cast).toList();
    }

    /** What is still to go up (queued and held; refused ones are not waiting for anything). */
    @Transactional
    public SyncStep.Backlog backlog() {
        Number records = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM up_record WHERE state IN ('QUEUED', 'HELD')").getSingleResult();
        return new SyncStep.Backlog(records.longValue(), 0, 0);
    }

    /** The held and refused records, newest first, for the node's records page. */
    @Transactional
    public List<UpRecord> unsent(int limit) {
        return rows(em.createNativeQuery("SELECT id, uid, kind, payload, state, detail FROM up_record "
                + "WHERE state IN ('HELD', 'REFUSED') ORDER BY id DESC LIMIT " + limit).getResultList());
    }

    private static List<UpRecord> rows(List<?> rows) {
        return rows.stream().map(o -> (Object[]) o).map(r -> new UpRecord(((Number) r[0]).longValue(), (String) r[1],
                UpRecord.Kind.valueOf((String) r[2]), (String) r[3], UpRecord.State.valueOf((String) r[4]),
                (String) r[5])).toList();
    }

    private void settle(long id, UpRecord.State state, String why) {
        em.createNativeQuery("UPDATE up_record SET state = ?1, detail = ?2 WHERE id = ?3")
                .setParameter(1, state.name()).setParameter(2, shorten(why)).setParameter(3, id).executeUpdate();
    }

    private static String shorten(String text) {
        return text == null || text.length() <= DETAIL ? text : text.substring(0, DETAIL);
    }
}
