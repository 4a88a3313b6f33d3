package org.surgalt.content;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Every instance runs it; expiring is idempotent, so overlapping runs do no harm. */
@ApplicationScoped
class UploadCleanup {

    private static final Logger LOG = Logger.getLogger(UploadCleanup.class);

    private final UploadService uploads;

    UploadCleanup(UploadService uploads) {
        this.uploads = uploads;
    }

    @Scheduled(identity = "upload-cleanup", every = "${surgalt.assets.cleanup-interval}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void expireIdleUploads() {
        int expired = uploads.expireIdle();
        if (expired > 0) {
            LOG.infof("Expired %d idle uploads and deleted their partial files", expired);
        }
    }
}
