package org.surgalt.quiz;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.surgalt.platform.DomainException;

/**
 * A question of a course's bank. It knows its correct answer and scores a response as a fraction
 * of its points. Multiple choice earns partial credit, right minus wrong, floored at zero: each
 * correct option chosen adds 1/(number of correct options), each wrong one chosen takes as much
 * away, so ticking every box earns nothing.
 */
@Entity
@Table(name = "question")
public class Question {

    static final int MAX_PROMPT = 20_000;
    static final int MAX_OPTION = 2_000;
    static final int MAX_OPTIONS = 20;
    static final int MAX_ANSWER = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private QuestionKind kind;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String prompt;

    @Column(nullable = false)
    private int points;

    @Column(name = "true_answer")
    private Boolean trueAnswer;

    @Column(name = "numeric_answer", precision = 30, scale = 10)
    private BigDecimal numericAnswer;

    @Column(precision = 30, scale = 10)
    private BigDecimal tolerance;

    private String source;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer", nullable = false, length = MAX_ANSWER)
    private List<String> accepted = new ArrayList<>();

    protected Question() {
    }

    public Question(long courseId, QuestionContent content, String source) {
        this.courseId = courseId;
        this.createdAt = Instant.now();
        this.source = source == null ? null : source.substring(0, Math.min(255, source.length()));
        apply(content);
    }

    public void edit(QuestionContent content) {
        if (retired) {
            throw DomainException.notFound("question", id);
        }
        if (content.kind() != null && content.kind() != kind) {
            throw DomainException.invalid("kind", "cannot change; make a new question instead");
        }
        apply(content);
    }

    void retire() {
        this.retired = true;
    }

    private void apply(QuestionContent content) {
        if (content.kind() == null) {
            throw DomainException.invalid("kind", "must be one of " + QuestionKind.NAMES);
        }
        String text = content.prompt() == null ? "" : content.prompt().strip();
        if (text.isEmpty() || text.length() > MAX_PROMPT) {
            throw DomainException.invalid("prompt", "must be given, at most " + MAX_PROMPT + " characters");
        }
        int newPoints = content.points() == null ? 1 : content.points();
        if (newPoints < 1 || newPoints > 100) {
            throw DomainException.invalid("points", "must be a whole number from 1 to 100");
        }
        this.kind = content.kind();
        this.prompt = text;
        this.points = newPoints;
        this.trueAnswer = null;
        this.numericAnswer = null;
        this.tolerance = null;
        List<QuestionContent.Option> newOptions = List.of();
        List<String> newAccepted = List.of();
        switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> newOptions = checkedOptions(content.options());
            case TRUE_FALSE -> {
                if (content.truth() == null) {
                    throw DomainException.invalid("truth", "must say whether the statement is true or false");
                }
                this.trueAnswer = content.truth();
            }
            case NUMERIC -> {
                if (content.answer() == null) {
                    throw DomainException.invalid("answer", "must be a number");
                }
                BigDecimal newTolerance = content.tolerance() == null ? BigDecimal.ZERO : content.tolerance();
                if (newTolerance.signum() < 0) {
                    throw DomainException.invalid("tolerance", "must be zero or more");
                }
                this.numericAnswer = content.answer();
                this.tolerance = newTolerance;
            }
            case SHORT_ANSWER -> newAccepted = checkedAnswers(content.accepted());
        }
        // Options keep their ids by position, so responses saved in attempts keep pointing at them.
        for (int i = 0; i < newOptions.size(); i++) {
            QuestionContent.Option option = newOptions.get(i);
            if (i < options.size()) {
                options.get(i).change(option.text(), option.correct());
            } else {
                options.add(new QuestionOption(this, i, option.text(), option.correct()));
            }
        }
        while (options.size() > newOptions.size()) {
            options.remove(options.size() - 1);
        }
        accepted.clear();
        accepted.addAll(newAccepted);
    }

    private List<QuestionContent.Option> checkedOptions(List<QuestionContent.Option> given) {
        List<QuestionContent.Option> kept = given.stream()
                .filter(option -> option.text() != null && !option.text().isBlank())
                .map(option -> new QuestionContent.Option(option.text().strip(), option.correct())).toList();
        if (kept.size() < 2 || kept.size() > MAX_OPTIONS) {
            throw DomainException.invalid("options", "must be from 2 to " + MAX_OPTIONS + " options");
        }
        if (kept.stream().anyMatch(option -> option.text().length() > MAX_OPTION)) {
            throw DomainException.invalid("options", "must each be at most " + MAX_OPTION + " characters");
        }
        long right = kept.stream().filter(QuestionContent.Option::correct).count();
        if (kind == QuestionKind.SINGLE_CHOICE && right != 1) {
            throw DomainException.invalid("options", "must have exactly one correct option");
        }
        if (kind == QuestionKind.MULTIPLE_CHOICE && right < 1) {
            throw DomainException.invalid("options", "must have at least one correct option");
        }
        return kept;
    }

    private static List<String> checkedAnswers(List<String> given) {
        List<String> kept = given.stream().filter(answer -> answer != null && !answer.isBlank()).map(String::strip)
                .distinct().toList();
        if (kept.isEmpty() || kept.size() > MAX_OPTIONS) {
            throw DomainException.invalid("accepted", "must be from 1 to " + MAX_OPTIONS + " accepted answers");
        }
        if (kept.stream().anyMatch(answer -> answer.length() > MAX_ANSWER)) {
            throw DomainException.invalid("accepted", "must each be at most " + MAX_ANSWER + " characters");
        }
        return kept;
    }

    /**
     * A learner's response as it is stored (option ids joined by commas, or the text typed), or
     * empty for no answer; refused when it does not fit the question.
     */
    Optional<String> response(List<String> values) {
        List<String> given = values == null ? List.of()
                : values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip).toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String field = "answers." + id;
        if (kind.hasOptions()) {
            Set<Long> chosen = new LinkedHashSet<>();
            for (String value : given) {
                Long optionId = parseId(value);
                if (optionId == null || options.stream().noneMatch(option -> option.id().equals(optionId))) {
                    throw DomainException.invalid(field, "'" + value + "' is not an option of this question");
                }
                chosen.add(optionId);
            }
            if (kind == QuestionKind.SINGLE_CHOICE && chosen.size() > 1) {
                throw DomainException.invalid(field, "takes one option");
            }
            return Optional.of(String.join(",", chosen.stream().map(String::valueOf).toList()));
        }
        if (given.size() > 1) {
            throw DomainException.invalid(field, "takes one answer");
        }
        String value = given.get(0);
        if (kind == QuestionKind.TRUE_FALSE && !value.equals("true") && !value.equals("false")) {
            throw DomainException.invalid(field, "must be true or false");
        }
        if (value.length() > MAX_ANSWER) {
            throw DomainException.invalid(field, "must be at most " + MAX_ANSWER + " characters");
        }
        return Optional.of(value);
    }

    /** The share of the points a stored response earns, from 0 to 1. */
    double fraction(String response) {
        if (response == null || response.isEmpty()) {
            return 0;
        }
        return switch (kind) {
            case SINGLE_CHOICE -> chosen(response).stream().anyMatch(this::isCorrect) ? 1 : 0;
            case MULTIPLE_CHOICE -> {
                List<Long> chosen = chosen(response);
                long right = options.stream().filter(QuestionOption::correct).count();
                long hits = chosen.stream().filter(this::isCorrect).count();
                long misses = chosen.size() - hits;
                yield Math.max(0, (double) (hits - misses) / right);
            }
            case TRUE_FALSE -> Boolean.valueOf(response).equals(trueAnswer) ? 1 : 0;
            case NUMERIC -> number(response)
                    .map(value -> value.subtract(numericAnswer).abs().compareTo(tolerance) <= 0 ? 1 : 0).orElse(0);
            case SHORT_ANSWER -> {
                String typed = AnswerText.normalise(response);
                yield accepted.stream().anyMatch(answer -> AnswerText.normalise(answer).equals(typed)) ? 1 : 0;
            }
        };
    }

    /** A number as people type it: "3.5", "3,5", "1 000". Anything else is a wrong answer, not an error. */
    static Optional<BigDecimal> number(String text) {
        String compact = text.replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        try {
            return Optional.of(new BigDecimal(compact));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static List<Long> chosen(String response) {
        List<Long> ids = new ArrayList<>();
        for (String part : response.split(",")) {
            Long value = parseId(part);
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }

    private boolean isCorrect(long optionId) {
        return options.stream().anyMatch(option -> option.id() == optionId && option.correct());
    }

    private static Long parseId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public QuestionKind kind() {
        return kind;
    }

    public String prompt() {
        return prompt;
    }

    public int points() {
        return points;
    }

    public Boolean trueAnswer() {
        return trueAnswer;
    }

    public BigDecimal numericAnswer() {
        return numericAnswer;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public String source() {
        return source;
    }

    public boolean retired() {
        return retired;
    }

    public long version() {
        return version;
    }

    public List<QuestionOption> options() {
        return List.copyOf(options);
    }

    public List<String> accepted() {
        return List.copyOf(accepted);
    }
}
