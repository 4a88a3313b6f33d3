package org.surgalt.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

import org.surgalt.platform.DomainException;

/** A reviewer's remark on one item ({@code itemId}) or on the whole draft (null). */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    static final int MAX_LENGTH = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private CourseReview review;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewComment() {
    }

    ReviewComment(CourseReview review, long authorId, Long itemId, String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.invalid("comment", "must not be empty");
        }
        if (body.length() > MAX_LENGTH) {
            throw DomainException.invalid("comment", "must be at most " + MAX_LENGTH + " characters");
        }
        this.review = review;
        this.authorId = authorId;
        this.itemId = itemId;
        this.body = body.strip();
        this.createdAt = Instant.now();
    }

    public Long itemId() {
        return itemId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
