package org.surgalt.learning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link UpcomingSource} that exists only in the test application: it reports what a test gave it. */
@ApplicationScoped
public class TestUpcoming implements UpcomingSource {

    static final Map<Long, List<Upcoming>> BY_LEARNER = new ConcurrentHashMap<>();

    @Override
    public List<Upcoming> upcoming(long userId, Instant from, Instant until) {
        return BY_LEARNER.getOrDefault(userId, List.of());
    }
}
