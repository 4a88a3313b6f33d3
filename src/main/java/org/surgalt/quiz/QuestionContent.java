package org.surgalt.quiz;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an author writes for a question. Only the fields of its kind count: options for choice
 * questions, {@code truth} for true/false, {@code answer} and {@code tolerance} for numeric,
 * {@code accepted} for short answer.
 */
public record QuestionContent(QuestionKind kind, String prompt, Integer points, List<Option> options, Boolean truth,
        BigDecimal answer, BigDecimal tolerance, List<String> accepted) {

    public record Option(String text, boolean correct) {
    }

    public List<Option> options() {
        return options == null ? List.of() : options;
    }

    public List<String> accepted() {
        return accepted == null ? List.of() : accepted;
    }
}
