package org.surgalt.assignment.peer;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * For the object-access test: an assignment's peer phase open for a week, with one allocation of
 * another learner's submission (a copy of {@code submissionId}'s row for {@code authorId}, with
 * {@code text}) to {@code assessorId}. Written straight to the tables; the allocation itself is
 * tested in {@link PeerAllocationTest}.
 */
public final class PeerWorld {

    private PeerWorld() {
    }

    /** @return the allocation's id */
    public static long allocation(long itemId, long submissionId, long authorId, String text, long assessorId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entities = Arc.container().instance(EntityManager.class).get();
            Instant now = Instant.now();
            entities.createNativeQuery("INSERT IGNORE INTO assignment (item_id, course_id) "
                    + "SELECT item_id, course_id FROM submission WHERE id = ?1").setParameter(1, submissionId)
                    .executeUpdate();
            entities.createNativeQuery("INSERT INTO submission (item_id, course_id, module_id, learner_id, state, "
                    + "body, attempts, submitted_at, late, created_at, updated_at, version) SELECT item_id, course_id, "
                    + "module_id, ?2, 'SUBMITTED', ?3, 1, ?4, FALSE, ?4, ?4, 0 FROM submission WHERE id = ?1")
                    .setParameter(1, submissionId).setParameter(2, authorId).setParameter(3, text)
                    .setParameter(4, now).executeUpdate();
            long peersWork = ((Number) entities.createNativeQuery("SELECT id FROM submission WHERE item_id = ?1 "
                    + "AND learner_id = ?2").setParameter(1, itemId).setParameter(2, authorId).getSingleResult())
                    .longValue();
            PeerSettings settings = new PeerSettings(itemId, 1);
            settings.change(new PeerSettings.Change(0, true, 3, PeerSettings.Allocation.RANDOM, true,
                    now.plus(7, ChronoUnit.DAYS), 50, 10), now.minus(1, ChronoUnit.DAYS));
            settings.allocated(now);
            entities.persist(settings);
            PeerAssessment assessment = new PeerAssessment(itemId, peersWork, assessorId, PeerAssessment.Role.PEER,
                    false);
            entities.persist(assessment);
            entities.flush();
            return assessment.id();
        });
    }
}
