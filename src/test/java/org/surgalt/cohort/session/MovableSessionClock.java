package org.surgalt.cohort.session;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * The session clock in tests: the real time, plus however far a test has moved it forward. It only
 * ever moves forward, so tests that do not move it see time pass as usual.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableSessionClock extends SessionClock {

    private volatile Duration ahead = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(ahead);
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }
}
