package org.surgalt.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class NotificationPreferenceRepository implements PanacheRepository<NotificationPreference> {

    List<NotificationPreference> ofUser(long userId) {
        return list("userId", userId);
    }

    Optional<NotificationPreference> find(long userId, NotificationKind kind) {
        return find("userId = ?1 and kind = ?2", userId, kind).firstResultOptional();
    }
}
