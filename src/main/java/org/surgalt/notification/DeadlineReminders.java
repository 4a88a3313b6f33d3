package org.surgalt.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Map;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * "Deadline in 48 hours": every instance's scheduler ticks, a tick queues one check (unless one is
 * waiting or running), and the check asks every {@link DeadlineSource} what falls due within the
 * notice period and fires {@link DeadlineApproaching} for each. Firing the same reminder again is
 * harmless (see {@link NotificationService}), so a check that runs twice or overlaps the previous
 * window sends nothing twice; one that runs late still catches what is due within the window.
 */
@ApplicationScoped
class DeadlineReminders implements JobHandler {

    static final String JOB = "notification.deadlines";

    private final JobQueue jobs;
    private final Instance<DeadlineSource> sources;
    private final Event<DeadlineApproaching> reminders;
    private final NotificationConfig config;

    DeadlineReminders(JobQueue jobs, Instance<DeadlineSource> sources, Event<DeadlineApproaching> reminders,
            NotificationConfig config) {
        this.jobs = jobs;
        this.sources = sources;
        this.reminders = reminders;
        this.config = config;
    }

    @Scheduled(identity = "deadline-reminders", every = "${surgalt.notification.deadline-check-interval}",
            delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    void queueCheck() {
        jobs.enqueueUnlessPending(JOB, Map.of());
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        check(Instant.now());
    }

    /** @return how many reminders were asked for (each is sent once, whatever this says) */
    int check(Instant now) {
        int count = 0;
        for (DeadlineSource source : sources) {
            for (DeadlineApproaching deadline : source.dueBetween(now, now.plus(config.deadlineNotice()))) {
                // One transaction per reminder: one that fails does not hold back the others.
                reminders.fire(deadline);
                count++;
            }
        }
        return count;
    }
}
