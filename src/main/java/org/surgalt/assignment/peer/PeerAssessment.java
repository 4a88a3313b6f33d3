package org.surgalt.assignment.peer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.assignment.CriterionScore;
import org.surgalt.platform.DomainException;

/** One person's assessment of one submission: allocated to a peer, or given by the teacher. */
@Entity
@Table(name = "peer_assessment")
public class PeerAssessment {

    public enum Role {
        PEER, TEACHER
    }

    public static final int MAX_COMMENT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Column(name = "assessor_id", nullable = false)
    private long assessorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.PEER;

    @Column(name = "same_school", nullable = false)
    private boolean sameSchool;

    private Integer points;

    private String comment;

    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Column(name = "override_points")
    private Integer overridePoints;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "overridden_by")
    private Long overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "peer_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<CriterionScore> scores = new ArrayList<>();

    @Version
    private long version;

    protected PeerAssessment() {
    }

    PeerAssessment(long itemId, long submissionId, long assessorId, Role role, boolean sameSchool) {
        this.itemId = itemId;
        this.submissionId = submissionId;
        this.assessorId = assessorId;
        this.role = role;
        this.sameSchool = sameSchool;
    }

    void assess(int newPoints, int outOf, List<CriterionScore> newScores, String newComment, Instant now) {
        if (newPoints < 0 || newPoints > outOf) {
            throw DomainException.invalid("points", "must be from 0 to " + outOf);
        }
        String text = newComment == null || newComment.isBlank() ? null : newComment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw DomainException.invalid("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        this.points = newPoints;
        this.scores.clear();
        this.scores.addAll(newScores);
        this.comment = text;
        this.assessedAt = now;
    }

    void override(int newPoints, int outOf, String reason, long teacher, Instant now) {
        if (newPoints < 0 || newPoints > outOf) {
            throw DomainException.invalid("points", "must be from 0 to " + outOf);
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "is required: say why the peer's score is overridden");
        }
        if (reason.strip().length() > 1000) {
            throw DomainException.invalid("reason", "must be at most 1000 characters");
        }
        this.overridePoints = newPoints;
        this.overrideReason = reason.strip();
        this.overriddenBy = teacher;
        this.overriddenAt = now;
    }

    /** The points that count: the teacher's override, else the assessor's; null when not assessed. */
    public Integer counted() {
        return overridePoints != null ? overridePoints : points;
    }

    public boolean done() {
        return assessedAt != null;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public long submissionId() {
        return submissionId;
    }

    public long assessorId() {
        return assessorId;
    }

    public Role role() {
        return role;
    }

    public boolean sameSchool() {
        return sameSchool;
    }

    public Integer points() {
        return points;
    }

    public String comment() {
        return comment;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    public Integer overridePoints() {
        return overridePoints;
    }

    public String overrideReason() {
        return overrideReason;
    }

    public List<CriterionScore> scores() {
        return List.copyOf(scores);
    }

    public long version() {
        return version;
    }
}
