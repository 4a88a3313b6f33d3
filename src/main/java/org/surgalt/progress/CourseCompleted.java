package org.surgalt.progress;

import java.time.Instant;

/**
 * Fired (synchronously, inside the transaction that recorded the deciding fact or recompute) when
 * a learner's course becomes complete under its completion rule. Certificates are issued from it.
 */
public record CourseCompleted(long userId, long courseId, int courseVersion, Instant completedAt) {
}
