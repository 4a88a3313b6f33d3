package org.surgalt.platform.jobs;

/** A job this instance holds the lease of; {@code attempt} counts this run. */
public record ClaimedJob(long id, String kind, String payload, int attempt, int maxAttempts) {
}
