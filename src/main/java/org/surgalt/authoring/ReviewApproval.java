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

@Entity
@Table(name = "review_approval")
public class ReviewApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private CourseReview review;

    @Column(name = "reviewer_id", nullable = false)
    private long reviewerId;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    protected ReviewApproval() {
    }

    ReviewApproval(CourseReview review, long reviewerId) {
        this.review = review;
        this.reviewerId = reviewerId;
        this.approvedAt = Instant.now();
    }

    public long reviewerId() {
        return reviewerId;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
