package org.surgalt.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's latest score on a line item, as its tool posted it (V045); results are read from it. */
@Entity
@Table(name = "lti_score")
class LtiScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_item_id", nullable = false)
    private long lineItemId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "score_given")
    private Double scoreGiven;

    @Column(name = "score_maximum")
    private Double scoreMaximum;

    private String comment;

    @Column(name = "activity_progress")
    private String activityProgress;

    @Column(name = "grading_progress")
    private String gradingProgress;

    @Column(nullable = false)
    private Instant updated;

    protected LtiScore() {
    }

    LtiScore(long lineItemId, long userId) {
        this.lineItemId = lineItemId;
        this.userId = userId;
    }

    /** The tool's latest word replaces the one before (AGS: the platform keeps the latest score). */
    void post(LtiGradeService.Score score) {
        this.scoreGiven = score.scoreGiven();
        this.scoreMaximum = score.scoreMaximum();
        this.comment = score.comment() == null || score.comment().length() <= 4000 ? score.comment()
                : score.comment().substring(0, 4000);
        this.activityProgress = score.activityProgress();
        this.gradingProgress = score.gradingProgress();
        this.updated = Instant.now();
    }

    long userId() {
        return userId;
    }

    Double scoreGiven() {
        return scoreGiven;
    }

    Double scoreMaximum() {
        return scoreMaximum;
    }

    String comment() {
        return comment;
    }
}
