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

/** One email to one person: pending until its job sends it, or skips it because they turned the kind off. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum State {
        PENDING, SENT, SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "once_key", length = 100)
    private String onceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
    }

    Notification(long userId, NotificationKind kind, long courseId, long itemId, Instant dueAt, String onceKey) {
        this.userId = userId;
        this.kind = kind;
        this.courseId = courseId;
        this.itemId = itemId;
        this.dueAt = dueAt;
        this.onceKey = onceKey;
        this.state = State.PENDING;
        this.createdAt = Instant.now();
    }

    /** A job may run twice; only a pending notification is sent. */
    boolean isPending() {
        return state == State.PENDING;
    }

    void sent() {
        state = State.SENT;
        sentAt = Instant.now();
    }

    void skipped() {
        state = State.SKIPPED;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public NotificationKind kind() {
        return kind;
    }

    public long courseId() {
        return courseId;
    }

    public long itemId() {
        return itemId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public State state() {
        return state;
    }
}
