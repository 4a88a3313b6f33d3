package org.surgalt.xapi;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The institution of a Surgalt learner, which owns the learner's statements for scoped readers;
 * kept for a minute, since every statement of a launch asks.
 */
@ApplicationScoped
class LearnerInstitutions {

    private static final long TTL_NANOS = 60_000_000_000L;

    private record Cached(Optional<Long> institution, long until) {
    }

    private final ConcurrentHashMap<Long, Cached> cache = new ConcurrentHashMap<>();
    private final AgroalDataSource data;

    LearnerInstitutions(AgroalDataSource data) {
        this.data = data;
    }

    Optional<Long> of(long userId) {
        Cached cached = cache.get(userId);
        if (cached != null && System.nanoTime() - cached.until() < 0) {
            return cached.institution();
        }
        Optional<Long> institution;
        try (Connection c = data.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT institution_id FROM app_user WHERE id = ?")) {
            s.setLong(1, userId);
            try (ResultSet r = s.executeQuery()) {
                institution = r.next() ? Optional.ofNullable(r.getObject(1, Long.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (cache.size() > 100_000) {
            cache.clear();
        }
        cache.put(userId, new Cached(institution, System.nanoTime() + TTL_NANOS));
        return institution;
    }
}
