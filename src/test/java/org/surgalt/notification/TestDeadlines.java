package org.surgalt.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link DeadlineSource} that exists only in the test application: the deadlines a test gave it. */
@ApplicationScoped
public class TestDeadlines implements DeadlineSource {

    static final List<DeadlineApproaching> DEADLINES = new CopyOnWriteArrayList<>();

    @Override
    public List<DeadlineApproaching> dueBetween(Instant from, Instant until) {
        return DEADLINES.stream().filter(d -> !d.dueAt().isBefore(from) && d.dueAt().isBefore(until)).toList();
    }
}
