package org.surgalt.quiz;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.Instant;

/**
 * The quiz clock in tests: the real time, plus however far a test has moved it forward. It only
 * ever moves forward, so tests that do not move it see time pass as usual.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableQuizClock extends QuizClock {

    private volatile Duration ahead = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(ahead);
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }
}
