package org.surgalt.platform.jobs;

/** FAILED: the last attempt failed and another is due at run_after. REJECTED: given up, with the reason. */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED, REJECTED
}
