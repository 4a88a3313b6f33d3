package org.surgalt.platform.jobs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Does the work of one kind of job. A CDI bean; the runner finds it by {@link #kind()}. Any
 * exception is a failure that is retried with backoff; {@link JobRejected} gives up at once;
 * {@link JobDeferred} tries again later without counting an attempt.
 * A job may run more than once (an instance can die after the work but before recording it),
 * so handlers must be idempotent.
 */
public interface JobHandler {

    String kind();

    void run(JsonNode payload) throws Exception;
}
