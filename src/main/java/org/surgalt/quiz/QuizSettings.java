package org.surgalt.quiz;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.surgalt.platform.DomainException;

/**
 * How a quiz item is taken: its pool of questions from the course's bank, how many are drawn,
 * attempts, time limit and what learners see afterwards. Keyed by the item's stable id and not
 * versioned with the published content: a change applies to attempts started after it.
 */
@Entity
@Table(name = "quiz_settings")
public class QuizSettings {

    static final int MAX_TIME_LIMIT_SECONDS = 24 * 60 * 60;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "draw_count")
    private Integer drawCount;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Column(name = "max_attempts")
    private Integer maxAttempts;

    @Column(name = "time_limit_seconds")
    private Integer timeLimitSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewPolicy review = ReviewPolicy.SCORE;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "quiz_question", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_id", nullable = false)
    private List<Long> questionIds = new ArrayList<>();

    protected QuizSettings() {
    }

    QuizSettings(long itemId, long courseId) {
        this.itemId = itemId;
        this.courseId = courseId;
    }

    /** {@code pool}: question ids the caller has checked belong to the course's bank. */
    void change(List<Long> pool, Integer draw, boolean shuffle, Integer attempts, Integer timeLimit,
            ReviewPolicy policy) {
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(pool));
        if (draw != null && (draw < 1 || draw > distinct.size())) {
            throw DomainException.invalid("draw", "must be from 1 to the number of questions chosen ("
                    + distinct.size() + "), or empty for all of them");
        }
        if (attempts != null && attempts < 1) {
            throw DomainException.invalid("maxAttempts", "must be 1 or more, or empty for no limit");
        }
        if (timeLimit != null && (timeLimit < 1 || timeLimit > MAX_TIME_LIMIT_SECONDS)) {
            throw DomainException.invalid("timeLimit", "must be from 1 second to 24 hours, or empty for none");
        }
        if (policy == null) {
            throw DomainException.invalid("review", "must be one of nothing, score, answers");
        }
        questionIds.clear();
        questionIds.addAll(distinct);
        this.drawCount = draw;
        this.shuffleOptions = shuffle;
        this.maxAttempts = attempts;
        this.timeLimitSeconds = timeLimit;
        this.review = policy;
    }

    /**
     * When attempts may start: from {@code opens} (null: at once) until {@code closes} (null: no
     * end). An attempt in progress at the close is closed then (see {@link OverdueAttempts}).
     */
    void changeWindow(Instant opens, Instant closes) {
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            throw DomainException.invalid("closesAt", "must be after the time the quiz opens");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    /** The window as an audit record shows it. */
    Window window() {
        return new Window(opensAt, closesAt);
    }

    record Window(Instant opensAt, Instant closesAt) {
    }

    /** The deadline of an attempt started now: its time limit, cut short by the close. */
    Instant deadlineFor(Instant now) {
        Instant byLimit = timeLimitSeconds == null ? null : now.plusSeconds(timeLimitSeconds);
        if (closesAt == null) {
            return byLimit;
        }
        return byLimit == null || closesAt.isBefore(byLimit) ? closesAt : byLimit;
    }

    boolean notOpenYet(Instant now) {
        return opensAt != null && now.isBefore(opensAt);
    }

    boolean closed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    /** Takes a question out of the pool (it was deleted from the bank); keeps the draw possible. */
    void drop(long questionId) {
        questionIds.remove(questionId);
        if (drawCount != null && drawCount > questionIds.size()) {
            drawCount = questionIds.isEmpty() ? null : questionIds.size();
        }
    }

    public long itemId() {
        return itemId;
    }

    public long courseId() {
        return courseId;
    }

    public Integer drawCount() {
        return drawCount;
    }

    public boolean shuffleOptions() {
        return shuffleOptions;
    }

    public Integer maxAttempts() {
        return maxAttempts;
    }

    public Integer timeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Duration timeLimit() {
        return timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds);
    }

    public ReviewPolicy review() {
        return review;
    }

    public List<Long> questionIds() {
        return List.copyOf(questionIds);
    }
}
