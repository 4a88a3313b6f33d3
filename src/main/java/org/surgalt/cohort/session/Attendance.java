package org.surgalt.cohort.session;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A learner's attendance mark at a session, by the facilitator (MANUAL) or by checking in themselves. */
@Entity
@Table(name = "attendance")
public class Attendance {

    public enum Status {
        PRESENT, LATE, EXCUSED, ABSENT;

        /** Present and late both mean the learner was there: the session item counts as attended. */
        public boolean attended() {
            return this == PRESENT || this == LATE;
        }
    }

    public enum Method {
        MANUAL, CHECK_IN
    }

    @EmbeddedId
    private Seat seat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Method method;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    Attendance(long sessionId, long userId) {
        this.seat = new Seat(sessionId, userId);
    }

    void mark(Status newStatus, Method newMethod, long by, Instant now) {
        this.status = newStatus;
        this.method = newMethod;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public long userId() {
        return seat.userId();
    }

    public Status status() {
        return status;
    }

    public Method method() {
        return method;
    }
}
