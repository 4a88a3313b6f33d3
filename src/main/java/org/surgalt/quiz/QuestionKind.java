package org.surgalt.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a question asks for, and so how its answer is scored. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, NUMERIC, SHORT_ANSWER;

    public static final String NAMES = "single_choice, multiple_choice, true_false, numeric, short_answer";

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public static Optional<QuestionKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }
}
