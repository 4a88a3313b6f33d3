package org.surgalt.platform.jobs;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JobPoller {

    private final JobRunner runner;

    JobPoller(JobRunner runner) {
        this.runner = runner;
    }

    @Scheduled(identity = "job-poller", every = "${surgalt.jobs.poll-interval}", delayed = "5s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void poll() {
        runner.poll();
    }
}
