package org.surgalt.progress;

import java.time.Instant;

/** A completion fact as the progress computation reads it (no entity: recomputes read millions). */
record FactRow(long userId, long itemId, CompletionFact.Kind kind, Integer score, Instant occurredAt) {
}
