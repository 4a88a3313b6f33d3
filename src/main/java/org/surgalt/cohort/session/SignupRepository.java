package org.surgalt.cohort.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SignupRepository implements PanacheRepositoryBase<Signup, Seat> {

    Optional<Signup> of(long sessionId, long userId) {
        return findByIdOptional(new Seat(sessionId, userId));
    }

    /** Active sign-ups, confirmed first, each group in the order people signed up. */
    List<Signup> activeOf(long sessionId) {
        return list("seat.sessionId = ?1 and state <> ?2 order by state, signedUpAt, seat.userId", sessionId,
                Signup.State.CANCELLED);
    }

    long confirmedCount(long sessionId) {
        return count("seat.sessionId = ?1 and state = ?2", sessionId, Signup.State.CONFIRMED);
    }

    /** The next in the queue: the earliest wait-listed sign-up. */
    Optional<Signup> firstWaiting(long sessionId) {
        return find("seat.sessionId = ?1 and state = ?2 order by signedUpAt, seat.userId", sessionId,
                Signup.State.WAITLISTED).firstResultOptional();
    }

    /** A learner's active sign-ups at the given sessions. */
    List<Signup> activeOfLearner(long userId, List<Long> sessionIds) {
        return sessionIds.isEmpty() ? List.of()
                : list("seat.userId = ?1 and seat.sessionId in ?2 and state <> ?3", userId, sessionIds,
                        Signup.State.CANCELLED);
    }
}
