package org.surgalt.identity.local;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Recent failed sign-ins of one account or one client address. After a few free failures every
 * further one pauses sign-in for that account (or address) for longer, doubling up to a cap;
 * attempts during a pause are refused without looking at the password. A success clears it.
 */
@Entity
public class LoginThrottle {

    /** The check-in scopes throttle wrong check-in codes (cohort/session/CheckinThrottle) by the same rule. */
    public enum Scope {
        ACCOUNT, ADDRESS, CHECKIN_PERSON, CHECKIN_ADDRESS
    }

    @Embeddable
    public static class Key implements Serializable {
        @Enumerated(EnumType.STRING)
        @Column(name = "scope", length = 16)
        Scope scope;

        @Column(name = "throttle_key", length = 254)
        String key;

        protected Key() {
        }

        Key(Scope scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.scope == scope && k.key.equals(key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(Scope scope, String key) {
        this.id = new Key(scope, key);
        this.lastFailureAt = Instant.now();
    }

    public boolean blockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** The end of the current pause (null when none was ever set). */
    public Instant blockedUntil() {
        return blockedUntil;
    }

    /** Failures long ago are forgiven: a quiet day starts the count afresh. */
    void recordFailure(Instant now, int freeFailures, Duration firstPause, Duration maxPause) {
        recordFailure(now, freeFailures, firstPause, maxPause, Duration.ofHours(24));
    }

    /** As for sign-ins, with the quiet time after which earlier failures are forgiven. */
    public void recordFailure(Instant now, int freeFailures, Duration firstPause, Duration maxPause,
            Duration forgetAfter) {
        if (lastFailureAt != null && Duration.between(lastFailureAt, now).compareTo(forgetAfter) > 0) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures > freeFailures) {
            int doublings = Math.min(failures - freeFailures - 1, 20);
            Duration pause = firstPause.multipliedBy(1L << doublings);
            blockedUntil = now.plus(pause.compareTo(maxPause) > 0 ? maxPause : pause);
        }
    }

    int failures() {
        return failures;
    }
}
