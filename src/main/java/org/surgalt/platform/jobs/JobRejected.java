package org.surgalt.platform.jobs;

/** Thrown by a handler when retrying cannot help; the message is shown to users. */
public class JobRejected extends RuntimeException {

    public JobRejected(String reason) {
        super(reason);
    }
}
