package org.surgalt.notification;

import java.time.Instant;

/**
 * A learner has something due soon that they have not handed in. The periodic check fires these
 * from every {@link DeadlineSource}; a feature may also fire one itself. The same learner, item and
 * due date are emailed once, however often it is fired; a changed due date is a new reminder.
 */
public record DeadlineApproaching(long learnerId, long courseId, long itemId, Instant dueAt) {
}
