package org.surgalt.assignment;

import java.time.Instant;
import java.util.List;

/**
 * An assignment item's settings as another instance reads them (school nodes, issue 24); {@code itemId}
 * is the source's. {@code maxPoints} counts only without a rubric, as in {@link Assignment#change}.
 */
public record AssignmentCopy(long itemId, Instant dueAt, Instant cutOffAt, boolean allowResubmission, int maxPoints,
        boolean teamSubmission, List<Assignment.NewCriterion> rubric) {
}
