package org.surgalt.platform.jobs;

/**
 * Thrown by a handler when the job cannot run on this instance now but nothing is wrong with it
 * (a resource here is exhausted). Unlike a failure it does not use up an attempt, so it is never
 * rejected for this: it is queued again after the first retry delay, for any instance to take.
 * The message is shown to users while the job waits.
 */
public class JobDeferred extends RuntimeException {

    public JobDeferred(String reason) {
        super(reason);
    }
}
