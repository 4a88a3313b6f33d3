package org.surgalt.notification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.platform.jobs.JobHandler;

/**
 * The job that sends a batch queued by {@link NotificationService#queueBatch}: one job per event
 * (an allocation, a reminder run), however many people it tells. Each mail is marked sent as it
 * goes, so a retry after a refusing mail server sends only the rest.
 */
@ApplicationScoped
class NotificationBatchMailer implements JobHandler {

    private final NotificationMailer mailer;

    NotificationBatchMailer(NotificationMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String kind() {
        return NotificationService.BATCH_JOB;
    }

    @Override
    public void run(JsonNode payload) {
        for (JsonNode id : payload.path("notifications")) {
            mailer.send(id.asLong());
        }
    }
}
