package org.surgalt.assignment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.surgalt.platform.DomainException;

/**
 * The settings of an assignment item, keyed by the item's stable id: when it is due, when no more
 * submissions are taken, whether a learner may submit again before grading, and how it is scored
 * (a rubric, or plain points). Not versioned with the published content: changes apply at once.
 */
@Entity
public class Assignment {

    public static final int DEFAULT_MAX_POINTS = 100;
    static final int MAX_POINTS_LIMIT = 10_000;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "cut_off_at")
    private Instant cutOffAt;

    @Column(name = "allow_resubmission", nullable = false)
    private boolean allowResubmission = true;

    @Column(name = "max_points", nullable = false)
    private int maxPoints = DEFAULT_MAX_POINTS;

    /** Issue 22: handed in by the teams of the cohorts taking the course, one submission per team. */
    @Column(name = "team_submission", nullable = false)
    private boolean teamSubmission;

    // Eager: small, and always shown with their owner, also after the service's transaction.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = jakarta.persistence.FetchType.EAGER)
    @JoinColumn(name = "item_id", nullable = false)
    @OrderBy("position")
    private List<RubricCriterion> rubric = new ArrayList<>();

    @Version
    private long version;

    protected Assignment() {
    }

    /** The settings an assignment has before its author says anything: no dates, 100 points, resubmission allowed. */
    public Assignment(long itemId, long courseId) {
        this.itemId = itemId;
        this.courseId = courseId;
    }

    /** A criterion as an author describes it, with its levels. */
    public record NewCriterion(String title, String description, List<NewLevel> levels) {
    }

    public record NewLevel(String title, int points) {
    }

    /**
     * Replaces the settings. {@code expectedVersion} guards against overwriting another author's
     * change. Without a rubric the grade is plain points out of {@code newMaxPoints}; with one, the
     * maximum is the sum of each criterion's best level and {@code newMaxPoints} is ignored.
     */
    public void change(long expectedVersion, Instant newDue, Instant newCutOff, boolean newAllowResubmission,
            Integer newMaxPoints, List<NewCriterion> newRubric) {
        if (expectedVersion != version) {
            throw DomainException.conflict("Someone else saved this assignment's settings while you were editing them.");
        }
        if (newDue != null && newCutOff != null && newCutOff.isBefore(newDue)) {
            throw DomainException.invalid("cutOffAt", "must not be before the due date");
        }
        List<RubricCriterion> criteria = new ArrayList<>();
        for (int i = 0; i < newRubric.size(); i++) {
            criteria.add(RubricCriterion.of(i, newRubric.get(i)));
        }
        if (criteria.isEmpty()) {
            int points = newMaxPoints == null ? (hasRubric() ? DEFAULT_MAX_POINTS : maxPoints) : newMaxPoints;
            if (points < 1 || points > MAX_POINTS_LIMIT) {
                throw DomainException.invalid("maxPoints", "must be a whole number from 1 to " + MAX_POINTS_LIMIT);
            }
            this.maxPoints = points;
        } else {
            int sum = criteria.stream().mapToInt(RubricCriterion::maxPoints).sum();
            if (sum < 1 || sum > MAX_POINTS_LIMIT) {
                throw DomainException.invalid("rubric", "must be worth from 1 to " + MAX_POINTS_LIMIT
                        + " points in all (the best level of each criterion, added up); it is worth " + sum);
            }
            this.maxPoints = sum;
        }
        this.dueAt = newDue;
        this.cutOffAt = newCutOff;
        this.allowResubmission = newAllowResubmission;
        // Replaced, not merged: positions are unique, so the old rows go before the new ones come.
        this.rubric.clear();
        this.rubric.addAll(criteria);
    }

    /** The deadline for one learner: their extension, if they have one, else the due date. */
    public Optional<Instant> dueFor(Extension extension) {
        return extension != null ? Optional.of(extension.until()) : Optional.ofNullable(dueAt);
    }

    /** The last moment one learner may submit: an extension moves the cut-off too, never earlier. */
    public Optional<Instant> cutOffFor(Extension extension) {
        if (extension == null) {
            return Optional.ofNullable(cutOffAt);
        }
        return Optional.of(cutOffAt == null || extension.until().isAfter(cutOffAt) ? extension.until() : cutOffAt);
    }

    /** Whether teams hand it in (one submission per team, graded once, counted for each member). */
    public void handInByTeams(boolean byTeams) {
        this.teamSubmission = byTeams;
    }

    public boolean teamSubmission() {
        return teamSubmission;
    }

    public boolean hasRubric() {
        return !rubric.isEmpty();
    }

    public long itemId() {
        return itemId;
    }

    public long courseId() {
        return courseId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant cutOffAt() {
        return cutOffAt;
    }

    public boolean allowResubmission() {
        return allowResubmission;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public List<RubricCriterion> rubric() {
        return List.copyOf(rubric);
    }

    public long version() {
        return version;
    }
}
