package org.surgalt.course.release;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What release conditions are checked against, for one learner at one moment: their school,
 * their cohorts and their best score on each quiz item they have a score for.
 */
public record LearnerFacts(Instant now, Long institutionId, Set<Long> cohorts, Map<Long, Integer> bestScores) {

    /** For a version without conditions besides prerequisites: nothing needs to be read. */
    public static LearnerFacts none(Instant now) {
        return new LearnerFacts(now, null, Set.of(), Map.of());
    }
}
