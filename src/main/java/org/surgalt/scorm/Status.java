package org.surgalt.scorm;

import java.math.BigDecimal;

/**
 * Where a SCO, or a whole attempt, stands: completion, success, a score in percent (null: none
 * reported) and the time spent. SCORM 1.2 folds completion and success into one lesson_status;
 * 2004 keeps them apart; both come here the same way.
 */
public record Status(Completion completion, Success success, BigDecimal score, long seconds) {

    public enum Completion {
        UNKNOWN, NOT_ATTEMPTED, INCOMPLETE, COMPLETED
    }

    public enum Success {
        UNKNOWN, PASSED, FAILED
    }

    public static final Status NONE = new Status(Completion.NOT_ATTEMPTED, Success.UNKNOWN, null, 0);

    /** The same status judged by the author's mastery score (percent) when there is one and a score to judge. */
    public Status judgedBy(Integer masteryScore) {
        if (masteryScore == null || score == null) {
            return this;
        }
        return new Status(completion, score.compareTo(BigDecimal.valueOf(masteryScore)) >= 0 ? Success.PASSED
                : Success.FAILED, score, seconds);
    }
}
