package org.surgalt.quiz;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a learner sees of a finished attempt. */
public enum ReviewPolicy {
    /** That it was submitted, nothing more. */
    NOTHING,
    /** The score and whether it passed. */
    SCORE,
    /** The score, each answer given and the correct ones. */
    ANSWERS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewPolicy> fromId(String id) {
        return Arrays.stream(values()).filter(policy -> policy.id().equals(id)).findFirst();
    }
}
