package org.surgalt.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether one person wants one kind of email; no row means yes. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationPreference() {
    }

    NotificationPreference(long userId, NotificationKind kind, boolean enabled) {
        this.userId = userId;
        this.kind = kind;
        this.enabled = enabled;
        this.updatedAt = Instant.now();
    }

    void turn(boolean on) {
        if (enabled != on) {
            enabled = on;
            updatedAt = Instant.now();
        }
    }

    public NotificationKind kind() {
        return kind;
    }

    public boolean enabled() {
        return enabled;
    }
}
