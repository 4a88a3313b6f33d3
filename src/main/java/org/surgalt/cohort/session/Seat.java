package org.surgalt.cohort.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One learner at one session: the key of their sign-up and of their attendance. */
@Embeddable
public class Seat implements Serializable {

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected Seat() {
    }

    Seat(long sessionId, long userId) {
        this.sessionId = sessionId;
        this.userId = userId;
    }

    public long sessionId() {
        return sessionId;
    }

    public long userId() {
        return userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seat seat && seat.sessionId == sessionId && seat.userId == userId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, userId);
    }
}
