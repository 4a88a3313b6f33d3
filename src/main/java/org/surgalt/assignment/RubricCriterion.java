package org.surgalt.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.platform.DomainException;

/** One thing a rubric judges ("Learning objectives are measurable"), with the levels a grader picks from. */
@Entity
@Table(name = "rubric_criterion")
public class RubricCriterion {

    static final int MAX_LEVELS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 255)
    private String title;

    @Column(length = 1000)
    private String description;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "rubric_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @OrderColumn(name = "position")
    private List<RubricLevel> levels = new ArrayList<>();

    protected RubricCriterion() {
    }

    static RubricCriterion of(int position, Assignment.NewCriterion input) {
        String field = "rubric[" + position + "]";
        if (input.title() == null || input.title().isBlank()) {
            throw DomainException.invalid(field + ".title", "is required");
        }
        if (input.title().strip().length() > 255) {
            throw DomainException.invalid(field + ".title", "must be at most 255 characters");
        }
        if (input.description() != null && input.description().strip().length() > 1000) {
            throw DomainException.invalid(field + ".description", "must be at most 1000 characters");
        }
        if (input.levels() == null || input.levels().size() < 2 || input.levels().size() > MAX_LEVELS) {
            throw DomainException.invalid(field + ".levels", "must be from 2 to " + MAX_LEVELS + " levels");
        }
        RubricCriterion criterion = new RubricCriterion();
        criterion.position = position;
        criterion.title = input.title().strip();
        criterion.description = input.description() == null || input.description().isBlank() ? null
                : input.description().strip();
        for (int i = 0; i < input.levels().size(); i++) {
            Assignment.NewLevel level = input.levels().get(i);
            String levelField = field + ".levels[" + i + "]";
            if (level.title() == null || level.title().isBlank() || level.title().strip().length() > 255) {
                throw DomainException.invalid(levelField + ".title", "is required, at most 255 characters");
            }
            if (level.points() < 0 || level.points() > Assignment.MAX_POINTS_LIMIT) {
                throw DomainException.invalid(levelField + ".points", "must be from 0 to " + Assignment.MAX_POINTS_LIMIT);
            }
            criterion.levels.add(new RubricLevel(level.title().strip(), level.points()));
        }
        return criterion;
    }

    public int maxPoints() {
        return levels.stream().mapToInt(RubricLevel::points).max().orElse(0);
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<RubricLevel> levels() {
        return List.copyOf(levels);
    }
}
