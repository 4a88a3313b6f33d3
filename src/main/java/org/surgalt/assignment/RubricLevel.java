package org.surgalt.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One level of a rubric criterion ("Partly", 2 points). */
@Embeddable
public class RubricLevel {

    @Column(nullable = false, length = 255)
    private String title;

    @Column(nullable = false)
    private int points;

    protected RubricLevel() {
    }

    RubricLevel(String title, int points) {
        this.title = title;
        this.points = points;
    }

    public String title() {
        return title;
    }

    public int points() {
        return points;
    }
}
