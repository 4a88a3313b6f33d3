package org.surgalt.platform.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A unit of background work. Read through JPA; claimed and finished through the SQL in
 * {@link JobQueue}, because claiming has to be one locking statement that JPA cannot express.
 */
@Entity
public class Job {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobState state;

    private int attempts;

    private int maxAttempts;

    @Column(nullable = false)
    private Instant runAfter;

    private String lockedBy;

    private Instant lockedUntil;

    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Job() {
    }

    Job(String kind, String payload, int maxAttempts) {
        this.kind = kind;
        this.payload = payload;
        this.state = JobState.QUEUED;
        this.maxAttempts = maxAttempts;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.runAfter = createdAt;
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String payload() {
        return payload;
    }

    public JobState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Instant runAfter() {
        return runAfter;
    }

    public String lockedBy() {
        return lockedBy;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public String lastError() {
        return lastError;
    }
}
