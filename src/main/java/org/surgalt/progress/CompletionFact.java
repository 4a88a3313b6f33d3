package org.surgalt.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

/**
 * Something a learner did that counts, kept for good: who, which item (its stable id), what, in
 * which published version, from where. Progress is computed from these, never stored as a flag.
 */
@Entity
@Immutable
@Table(name = "completion_fact")
public class CompletionFact {

    public enum Kind {
        VIEWED, SUBMITTED, GRADED, PASSED, ATTENDED, WAIVED,
        /** Cancels the item's earlier ATTENDED and WAIVED facts (a corrected attendance mark). */
        REVOKED,
        /** A package reported itself completed (scorm/). */
        COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    private Integer score;

    @Column(nullable = false, length = 32)
    private String source;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CompletionFact() {
    }

    CompletionFact(long userId, long courseId, long itemId, Kind kind, Integer score, String source, int courseVersion) {
        this.userId = userId;
        this.courseId = courseId;
        this.itemId = itemId;
        this.kind = kind;
        this.score = score;
        this.source = source;
        this.courseVersion = courseVersion;
        this.occurredAt = Instant.now();
    }

    public long itemId() {
        return itemId;
    }

    public Kind kind() {
        return kind;
    }

    public Integer score() {
        return score;
    }

    public int courseVersion() {
        return courseVersion;
    }
}
