package org.surgalt.lti;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class LtiLineItemRepository implements PanacheRepository<LtiLineItem> {

    /**
     * An item's own line item, made on first use: INSERT IGNORE, so that two first calls at once
     * make one (the unique item_id) and neither fails.
     */
    LtiLineItem ofItem(long toolId, long courseId, long itemId, String title) {
        getEntityManager().createNativeQuery("INSERT IGNORE INTO lti_line_item (tool_id, course_id, item_id, "
                + "resource_link_id, label, score_maximum, created) VALUES (?1, ?2, ?3, ?3, ?4, 100, ?5)")
                .setParameter(1, toolId).setParameter(2, courseId).setParameter(3, itemId).setParameter(4, title)
                .setParameter(5, java.time.Instant.now()).executeUpdate();
        return find("itemId", itemId).firstResult();
    }

    /** Every line item of one tool in one course, oldest first. */
    List<LtiLineItem> of(long toolId, long courseId) {
        return list("toolId = ?1 and courseId = ?2 order by id", toolId, courseId);
    }

    Optional<LtiScore> score(long lineItemId, long userId) {
        return getEntityManager().createQuery("from LtiScore where lineItemId = ?1 and userId = ?2", LtiScore.class)
                .setParameter(1, lineItemId).setParameter(2, userId).getResultStream().findFirst();
    }

    /** Scores of a line item, by learner, optionally one learner's. */
    List<LtiScore> scores(long lineItemId, Long userId, int offset, int limit) {
        var query = getEntityManager().createQuery("from LtiScore where lineItemId = ?1"
                + (userId == null ? "" : " and userId = ?2") + " order by userId", LtiScore.class)
                .setParameter(1, lineItemId);
        if (userId != null) {
            query.setParameter(2, userId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    void persistScore(LtiScore score) {
        getEntityManager().persist(score);
    }
}
