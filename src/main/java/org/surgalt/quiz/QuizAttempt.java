package org.surgalt.quiz;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.surgalt.platform.DomainException;

/**
 * One learner's attempt at a quiz. The questions, their option order and the deadline are fixed
 * when it starts. Responses count only when saved before the deadline: a submission after it is
 * still accepted, but graded with what was saved in time (what it carries is ignored).
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false)
    private boolean late;

    @Column(precision = 12, scale = 4)
    private BigDecimal earned;

    private Integer possible;

    private Integer score;

    private Boolean passed;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AttemptQuestion> questions = new ArrayList<>();

    protected QuizAttempt() {
    }

    /** {@code optionOrders}: for each question, the order its options are shown in. */
    QuizAttempt(long itemId, long courseId, long userId, int number, Instant now, Instant deadline,
            List<Question> drawn, Map<Long, List<Long>> optionOrders) {
        this.itemId = itemId;
        this.courseId = courseId;
        this.userId = userId;
        this.number = number;
        this.startedAt = now;
        this.deadline = deadline;
        for (int i = 0; i < drawn.size(); i++) {
            Question question = drawn.get(i);
            questions.add(new AttemptQuestion(this, i, question, optionOrders.getOrDefault(question.id(), List.of())));
        }
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return deadline != null && now.isAfter(deadline);
    }

    /**
     * Saves responses, question id → values. Every one is checked before any is kept, so a
     * response to a question that is not in this attempt changes nothing.
     */
    void save(Map<Long, List<String>> responses, Instant now) {
        if (isSubmitted()) {
            throw DomainException.conflict("This attempt was submitted already.");
        }
        if (isOverdue(now)) {
            throw DomainException.conflict("The time for this attempt is up; only answers saved before "
                    + deadline + " count.");
        }
        Map<AttemptQuestion, Optional<String>> checked = new HashMap<>();
        for (Map.Entry<Long, List<String>> entry : responses.entrySet()) {
            AttemptQuestion question = questions.stream()
                    .filter(q -> q.question().id().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> DomainException.invalid("answers." + entry.getKey(),
                            "is not a question of this attempt"));
            checked.put(question, question.question().response(entry.getValue()));
        }
        checked.forEach((question, response) -> question.save(response.orElse(null), now));
    }

    /** Grades what was saved; the score is a whole percentage, rounded down, so 59.9 % is not 60 %. */
    void submit(Instant now, int passMark) {
        if (isSubmitted()) {
            throw DomainException.conflict("This attempt was submitted already.");
        }
        this.late = isOverdue(now);
        this.submittedAt = now;
        BigDecimal total = BigDecimal.ZERO;
        int max = 0;
        for (AttemptQuestion question : questions) {
            total = total.add(question.grade());
            max += question.question().points();
        }
        this.earned = total;
        this.possible = max;
        this.score = max == 0 ? 0 : total.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(max), 0, RoundingMode.FLOOR).intValue();
        this.passed = score >= passMark;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public long courseId() {
        return courseId;
    }

    public long userId() {
        return userId;
    }

    public int number() {
        return number;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public boolean late() {
        return late;
    }

    public BigDecimal earned() {
        return earned;
    }

    public Integer possible() {
        return possible;
    }

    public Integer score() {
        return score;
    }

    public Boolean passed() {
        return passed;
    }

    public List<AttemptQuestion> questions() {
        return List.copyOf(questions);
    }
}
