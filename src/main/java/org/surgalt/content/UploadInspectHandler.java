package org.surgalt.content;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.platform.jobs.JobHandler;

/**
 * The job every completed upload enqueues. It moves the upload's processing state QUEUED →
 * PROCESSING → READY. Integration point: the Tika inspection (Inspector*, being written
 * separately) belongs between the two state changes; it reads the content through
 * {@link AssetStore#open} by the upload's SHA-256 and throws
 * {@link org.surgalt.platform.jobs.JobRejected} with a reason users can read for content it
 * refuses. Until it is wired in, complete uploads become READY without inspection.
 */
@ApplicationScoped
class UploadInspectHandler implements JobHandler {

    private final UploadService uploads;

    UploadInspectHandler(UploadService uploads) {
        this.uploads = uploads;
    }

    @Override
    public String kind() {
        return UploadService.INSPECT_JOB;
    }

    @Override
    public void run(JsonNode payload) {
        String id = payload.path("upload").asText();
        uploads.processing(id, ProcessingState.PROCESSING);
        uploads.processing(id, ProcessingState.READY);
    }
}
