package org.surgalt.cohort.session;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SessionRepository implements PanacheRepository<FaceToFaceSession> {

    /**
     * The session row locked (SELECT ... FOR UPDATE) until the transaction ends: sign-ups,
     * cancellations and check-ins of one session take turns, so two learners can never both
     * take the last seat.
     */
    Optional<FaceToFaceSession> lockedById(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    List<FaceToFaceSession> ofCourse(long courseId) {
        return list("courseId = ?1 order by startsAt, id", courseId);
    }

    List<FaceToFaceSession> ofItemEndingAfter(long itemId, Instant now) {
        return list("itemId = ?1 and endsAt > ?2 order by startsAt, id", itemId, now);
    }

    /** The sessions a learner holds a confirmed seat at that are open for check-in at {@code now}. */
    List<FaceToFaceSession> confirmedOpenFor(long userId, Instant now) {
        return find("select s from FaceToFaceSession s, Signup u where u.seat.sessionId = s.id and u.seat.userId = ?1"
                + " and u.state = ?2 and s.startsAt <= ?3 and s.endsAt >= ?4 order by s.startsAt",
                userId, Signup.State.CONFIRMED, now.plus(FaceToFaceSession.CHECKIN_OPENS_BEFORE), now).list();
    }

    /** The session ids of an item: attending any one of them counts for the item. */
    List<Long> idsOfItem(long itemId) {
        return getEntityManager().createQuery("select s.id from FaceToFaceSession s where s.itemId = :item", Long.class)
                .setParameter("item", itemId).getResultList();
    }
}
