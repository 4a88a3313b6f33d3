package org.surgalt.authoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.surgalt.platform.DomainException;

/**
 * One round of peer review of a course's draft: opened when an author submits it, closed by
 * publishing, by the author withdrawing it, or by a reviewer asking for changes.
 */
@Entity
@Table(name = "course_review")
public class CourseReview {

    public enum State {
        OPEN, CHANGES_REQUESTED, WITHDRAWN, PUBLISHED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private State state;

    @Column(name = "submitted_by", nullable = false)
    private long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("approvedAt")
    private List<ReviewApproval> approvals = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("createdAt")
    private List<ReviewComment> comments = new ArrayList<>();

    @Version
    private long version;

    protected CourseReview() {
    }

    CourseReview(long courseId, long submittedBy) {
        this.courseId = courseId;
        this.submittedBy = submittedBy;
        this.submittedAt = Instant.now();
        this.state = State.OPEN;
    }

    /** The one who submitted the draft does not approve it: review means other eyes. */
    void approve(long reviewerId) {
        requireOpen();
        if (reviewerId == submittedBy) {
            throw DomainException.forbidden("You submitted this draft; another author or a reviewer approves it.");
        }
        if (approvals.stream().noneMatch(approval -> approval.reviewerId() == reviewerId)) {
            approvals.add(new ReviewApproval(this, reviewerId));
        }
    }

    void comment(long authorId, Long itemId, String body) {
        requireOpen();
        comments.add(new ReviewComment(this, authorId, itemId, body));
    }

    void requestChanges(long reviewerId, String reason) {
        comment(reviewerId, null, reason);
        close(State.CHANGES_REQUESTED);
    }

    void withdraw() {
        requireOpen();
        close(State.WITHDRAWN);
    }

    void published(int approvalsRequired) {
        requireOpen();
        if (approvals.size() < approvalsRequired) {
            throw DomainException.conflict("Publishing needs " + approvalsRequired + " approval(s); this draft has "
                    + approvals.size() + ".");
        }
        close(State.PUBLISHED);
    }

    private void close(State closedAs) {
        this.state = closedAs;
        this.closedAt = Instant.now();
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw DomainException.conflict("This review is closed (" + state.name().toLowerCase().replace('_', ' ') + ").");
        }
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public long submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<ReviewApproval> approvals() {
        return Collections.unmodifiableList(approvals);
    }

    public List<ReviewComment> comments() {
        return Collections.unmodifiableList(comments);
    }
}
