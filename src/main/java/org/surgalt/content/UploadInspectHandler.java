package org.surgalt.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.surgalt.platform.jobs.JobDeferred;
import org.surgalt.platform.jobs.JobHandler;

/**
 * The job every completed upload enqueues: inspect the stored bytes with Tika against the
 * allow-list of the upload's kind. An accepted file becomes READY with its detected type, and its
 * text is kept for search; a refused one becomes REJECTED with the reason the uploader sees.
 * Refusing a file is a result, not a failure: the job is done either way. Only errors (the asset
 * missing, the database away) fail the job, which is then retried. When this instance's inspector
 * is stalled by readers that overran, the upload goes back to QUEUED and the job is deferred.
 */
@ApplicationScoped
class UploadInspectHandler implements JobHandler {

    private static final Logger LOG = Logger.getLogger(UploadInspectHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UploadService uploads;
    private final UploadRepository uploadRepository;
    private final AssetStore store;
    private final Inspector inspector;
    private final AssetTextRepository texts;

    UploadInspectHandler(UploadService uploads, UploadRepository uploadRepository, AssetStore store,
            Inspector inspector, AssetTextRepository texts) {
        this.uploads = uploads;
        this.uploadRepository = uploadRepository;
        this.store = store;
        this.inspector = inspector;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return UploadService.INSPECT_JOB;
    }

    // The job workers' threads have no request context, and the upload is read outside a
    // transaction: without this every inspection failed in a running instance (tests run jobs on
    // the test's thread, which has one).
    @Override
    @ActivateRequestContext
    public void run(JsonNode payload) {
        String id = payload.path("upload").asText();
        uploads.processing(id, ProcessingState.PROCESSING);
        // A transaction of its own: a job thread has no request context to read in, and the
        // inspection after it must not hold a database connection.
        Upload upload = QuarkusTransaction.requiringNew().call(() -> uploadRepository.findByIdOptional(id))
                .orElseThrow(() -> new IllegalStateException("upload " + id + " is gone"));
        Inspection inspection;
        try {
            inspection = store.withLocalFile(upload.sha256(),
                    file -> inspector.inspect(file, upload.filename(), upload.kind()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the asset of upload " + id, e);
        } catch (InspectorStalled e) {
            uploads.processing(id, ProcessingState.QUEUED);
            throw new JobDeferred(e.getMessage());
        }
        record(upload.sha256(), inspection);
        uploads.inspected(id, inspection);
        LOG.infof("Upload %s (%s): %s %s in %d ms", id, upload.kind(), inspection.outcome(), inspection.mediaType(),
                inspection.took().toMillis());
    }

    @Transactional
    void record(String sha256, Inspection inspection) {
        if (inspection.accepted() && texts.findByIdOptional(sha256).isEmpty()) {
            try {
                texts.persist(new AssetText(sha256, inspection, JSON.writeValueAsString(inspection.metadata())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
