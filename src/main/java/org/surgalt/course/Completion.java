package org.surgalt.course;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When an item counts as complete for a learner. */
public enum Completion {
    /** Opened by the learner. */
    VIEWED,
    /** A submission was handed in. */
    SUBMITTED,
    /** Passed with at least the item's minimum score. */
    PASSED,
    /** Attended a face-to-face session. */
    ATTENDED,
    /** A package reported itself completed. */
    COMPLETED,
    /** A package reported itself completed and passed (passing judged by min_score when the author set one). */
    COMPLETED_PASSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Completion> fromId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id().equals(id)).findFirst();
    }
}
