package org.surgalt.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class NotificationRepository implements PanacheRepository<Notification> {

    boolean exists(long userId, NotificationKind kind, String onceKey) {
        return count("userId = ?1 and kind = ?2 and onceKey = ?3", userId, kind, onceKey) > 0;
    }
}
