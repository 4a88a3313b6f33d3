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

    /**
     * An attempt's status after a commit that reports {@code next}: what the attempt reached, it
     * keeps. A SCORM 2004 SCO opened again after a normal exit starts its data afresh (a new
     * attempt on the activity, in SCORM's terms), and a completed attempt must not read as
     * incomplete because of it; time keeps counting and a new score replaces the old.
     */
    public Status keptBy(Status next) {
        Completion completion = next.completion.ordinal() >= this.completion.ordinal() ? next.completion : this.completion;
        Success success = this.success == Success.PASSED || next.success == Success.UNKNOWN ? this.success : next.success;
        if (success == Success.UNKNOWN) {
            success = next.success;
        }
        return new Status(completion, success, next.score != null ? next.score : this.score,
                Math.max(this.seconds, next.seconds));
    }

    /** The same status judged by the author's mastery score (percent) when there is one and a score to judge. */
    public Status judgedBy(Integer masteryScore) {
        if (masteryScore == null || score == null) {
            return this;
        }
        return new Status(completion, score.compareTo(BigDecimal.valueOf(masteryScore)) >= 0 ? Success.PASSED
                : Success.FAILED, score, seconds);
    }
}
