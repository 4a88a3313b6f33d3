package org.surgalt.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A question as drawn for one attempt: its place, the order its options were shown in, the response. */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    private QuizAttempt attempt;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "option_order", length = 2000)
    private String optionOrder;

    @Column(columnDefinition = "TEXT")
    private String response;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(precision = 12, scale = 4)
    private BigDecimal earned;

    protected AttemptQuestion() {
    }

    AttemptQuestion(QuizAttempt attempt, int position, Question question, List<Long> optionOrder) {
        this.attempt = attempt;
        this.position = position;
        this.question = question;
        this.optionOrder = optionOrder.isEmpty() ? null
                : String.join(",", optionOrder.stream().map(String::valueOf).toList());
    }

    void save(String newResponse, Instant at) {
        this.response = newResponse;
        this.savedAt = at;
    }

    BigDecimal grade() {
        this.earned = BigDecimal.valueOf(question.fraction(response) * question.points())
                .setScale(4, RoundingMode.HALF_UP);
        return earned;
    }

    public Question question() {
        return question;
    }

    public int position() {
        return position;
    }

    /** Option ids in the order this attempt shows them. */
    public List<Long> optionOrder() {
        if (optionOrder == null) {
            return question.options().stream().map(QuestionOption::id).toList();
        }
        return Arrays.stream(optionOrder.split(",")).map(Long::valueOf).toList();
    }

    public String response() {
        return response;
    }

    /** The stored response as form values: option ids, or the text typed. */
    public List<String> responseValues() {
        if (response == null) {
            return List.of();
        }
        return question.kind().hasOptions() ? Arrays.asList(response.split(",")) : List.of(response);
    }

    public BigDecimal earned() {
        return earned;
    }
}
