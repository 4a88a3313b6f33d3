package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time attempts start, are saved and are submitted at; one bean so tests can move it. */
@ApplicationScoped
public class QuizClock {

    public Instant now() {
        return Instant.now();
    }
}
