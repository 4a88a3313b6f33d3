package org.surgalt.course.release;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What release conditions are checked against, for one learner at one moment: their school (with
 * the schools merged into it, so a condition written before a merge still names its people), their
 * cohorts and their best score on each quiz item they have a score for.
 */
public record LearnerFacts(Instant now, Set<Long> schools, Set<Long> cohorts, Map<Long, Integer> bestScores) {

    /** For a version without conditions besides prerequisites: nothing needs to be read. */
    public static LearnerFacts none(Instant now) {
        return new LearnerFacts(now, Set.of(), Set.of(), Map.of());
    }
}
