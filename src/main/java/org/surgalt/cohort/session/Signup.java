package org.surgalt.cohort.session;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A learner's place at a session: a seat (CONFIRMED), a place in the queue (WAITLISTED, in the
 * order of {@code signedUpAt}), or given up (CANCELLED, kept so the history stays).
 */
@Entity
@Table(name = "session_signup")
public class Signup {

    public enum State {
        CONFIRMED, WAITLISTED, CANCELLED
    }

    @EmbeddedId
    private Seat seat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "signed_up_at", nullable = false)
    private Instant signedUpAt;

    @Version
    private long version;

    protected Signup() {
    }

    Signup(long sessionId, long userId, State state, Instant now) {
        this.seat = new Seat(sessionId, userId);
        this.state = state;
        this.signedUpAt = now;
    }

    /** Signing up again after cancelling joins at the back of the queue. */
    void rejoin(State newState, Instant now) {
        this.state = newState;
        this.signedUpAt = now;
    }

    void cancel() {
        this.state = State.CANCELLED;
    }

    void promote() {
        this.state = State.CONFIRMED;
    }

    public long userId() {
        return seat.userId();
    }

    public long sessionId() {
        return seat.sessionId();
    }

    public State state() {
        return state;
    }

    public boolean isActive() {
        return state != State.CANCELLED;
    }

    public Instant signedUpAt() {
        return signedUpAt;
    }
}
