package org.surgalt.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The level a grader chose for one criterion, copied from the rubric as it was when grading. */
@Embeddable
public class CriterionScore {

    @Column(nullable = false, length = 255)
    private String criterion;

    @Column(nullable = false, length = 255)
    private String level;

    @Column(nullable = false)
    private int points;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected CriterionScore() {
    }

    public CriterionScore(String criterion, String level, int points, int maxPoints) {
        this.criterion = criterion;
        this.level = level;
        this.points = points;
        this.maxPoints = maxPoints;
    }

    public String criterion() {
        return criterion;
    }

    public String level() {
        return level;
    }

    public int points() {
        return points;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
