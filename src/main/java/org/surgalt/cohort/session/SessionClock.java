package org.surgalt.cohort.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The time sign-ups, check-ins and code windows are judged at; one bean so tests can move it. */
@ApplicationScoped
public class SessionClock {

    public Instant now() {
        return Instant.now();
    }
}
