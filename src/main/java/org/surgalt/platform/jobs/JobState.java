package org.surgalt.platform.jobs;

/**
 * QUEUED: waiting to run at run_after (a deferred job also says why in last_error). FAILED: the
 * last attempt failed and another is due at run_after. REJECTED: given up, with the reason.
 */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, REJECTED
}
