package org.surgalt.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reader's report of a post. A moderator resolves it by hiding the post (HIDDEN) or dismissing
 * the report (DISMISSED), with a reason of their own; the reporter's reason stays as written.
 */
@Entity
@Table(name = "forum_report")
public class Report {

    enum Resolution {
        HIDDEN, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    @Column(length = 16)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Resolution resolution;

    @Column(name = "resolution_reason", length = 500)
    private String resolutionReason;

    protected Report() {
    }

    Report(long postId, long reporterId, String reason) {
        this.postId = postId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    void resolve(long moderatorId, Resolution how, String why) {
        this.resolvedAt = Instant.now();
        this.resolvedBy = moderatorId;
        this.resolution = how;
        this.resolutionReason = why;
    }

    public long id() {
        return id;
    }

    public long postId() {
        return postId;
    }

    public long reporterId() {
        return reporterId;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public Resolution resolution() {
        return resolution;
    }

    public String resolutionReason() {
        return resolutionReason;
    }
}
