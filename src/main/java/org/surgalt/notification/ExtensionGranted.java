package org.surgalt.notification;

import java.time.Instant;

/** Fired inside the transaction that gives a learner more time for an item: {@code dueAt} is the new due date. */
public record ExtensionGranted(long learnerId, long courseId, long itemId, Instant dueAt) {
}
