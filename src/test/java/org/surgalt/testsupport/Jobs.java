package org.surgalt.testsupport;

import io.quarkus.arc.Arc;
import org.surgalt.platform.jobs.JobRunner;

/**
 * Tests run the job queue by hand (the poller is off). The queue is shared by the whole run, and
 * jobs other tests left behind come first, so a test that waits for its own job runs every due job,
 * not "the next ten".
 */
public final class Jobs {

    private Jobs() {
    }

    /** Runs due jobs until none is due; returns how many ran. */
    public static int runAllDue() {
        JobRunner runner = Arc.container().instance(JobRunner.class).get();
        int total = 0;
        for (int ran; (ran = runner.runDue("test", 50)) > 0;) {
            total += ran;
        }
        return total;
    }
}
