package org.surgalt.assignment.peer;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Assessments; the settings are reached through {@link #settings}. */
@ApplicationScoped
class PeerRepository implements PanacheRepository<PeerAssessment> {

    Optional<PeerSettings> settings(long itemId) {
        return Optional.ofNullable(getEntityManager().find(PeerSettings.class, itemId));
    }

    Optional<PeerSettings> settingsLocked(long itemId) {
        return Optional.ofNullable(getEntityManager().find(PeerSettings.class, itemId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The settings of an assignment of this course, if it has any. */
    Optional<PeerSettings> settingsInCourse(long courseId, long itemId) {
        return getEntityManager().createQuery("select p from PeerSettings p, Assignment a where a.itemId = p.itemId"
                + " and p.itemId = :item and a.courseId = :course", PeerSettings.class)
                .setParameter("item", itemId).setParameter("course", courseId).getResultStream().findFirst();
    }

    void persistSettings(PeerSettings settings) {
        getEntityManager().persist(settings);
    }

    /** Assignments waiting for allocation whose submissions have closed. */
    @SuppressWarnings("unchecked")
    List<Long> dueForAllocation(Instant now) {
        return getEntityManager().createNativeQuery("""
                SELECT p.item_id FROM peer_settings p JOIN assignment a ON a.item_id = p.item_id
                WHERE p.enabled AND p.state = 'WAITING' AND COALESCE(a.cut_off_at, a.due_at) <= :now""")
                .setParameter("now", now).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    List<PeerAssessment> ofItem(long itemId) {
        return list("itemId = ?1 order by submissionId, id", itemId);
    }

    List<PeerAssessment> ofSubmission(long submissionId) {
        return list("submissionId = ?1 order by id", submissionId);
    }

    List<PeerAssessment> byAssessor(long itemId, long assessorId) {
        return list("itemId = ?1 and assessorId = ?2 and role = ?3 order by id", itemId, assessorId,
                PeerAssessment.Role.PEER);
    }

    Optional<PeerAssessment> locked(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    Optional<PeerAssessment> of(long submissionId, long assessorId) {
        return find("submissionId = ?1 and assessorId = ?2", submissionId, assessorId).firstResultOptional();
    }

    /** Whether peers assessed this learner's submission of the item. */
    boolean assessedByPeers(long itemId, long learnerId) {
        return getEntityManager().createQuery("select count(a) from PeerAssessment a, Submission s"
                + " where s.id = a.submissionId and s.learnerId = :learner and a.itemId = :item"
                + " and a.role = :role and a.assessedAt is not null", Long.class)
                .setParameter("learner", learnerId).setParameter("item", itemId)
                .setParameter("role", PeerAssessment.Role.PEER).getSingleResult() > 0;
    }

    /** Allocated assignments whose assessment deadline falls within [from, until). */
    @SuppressWarnings("unchecked")
    List<Long> closingBetween(Instant from, Instant until) {
        return getEntityManager().createNativeQuery("""
                SELECT p.item_id FROM peer_settings p
                WHERE p.enabled AND p.state = 'ALLOCATED' AND p.assess_until >= :from AND p.assess_until < :until""")
                .setParameter("from", from).setParameter("until", until).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
