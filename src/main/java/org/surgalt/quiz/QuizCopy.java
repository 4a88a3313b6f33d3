package org.surgalt.quiz;

import java.time.Instant;
import java.util.List;

/**
 * A quiz item's settings and its pool's questions as another instance reads them (school nodes,
 * issue 24): ids are the source's. {@code review}: nothing, score or answers.
 */
public record QuizCopy(long itemId, Integer draw, boolean shuffleOptions, Integer maxAttempts,
        Integer timeLimitSeconds, String review, Instant opensAt, Instant closesAt, List<Question> questions) {

    /** {@code optionIds}: the source's ids of the content's options, in their order. */
    public record Question(long id, QuestionContent content, List<Long> optionIds) {
    }

    /** A question as the receiver wrote it: its id and its options' ids, in order. */
    public record Written(long id, List<Long> optionIds) {
    }
}
