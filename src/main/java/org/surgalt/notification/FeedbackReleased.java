package org.surgalt.notification;

/**
 * Fired (synchronously, inside the transaction that releases it) when a grader releases feedback
 * on a learner's submission for an item. The email goes out only if that transaction commits.
 */
public record FeedbackReleased(long learnerId, long courseId, long itemId) {
}
