package org.surgalt.xapi.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.xapi.XapiStatements;

/**
 * Writes Surgalt's own activity to the LRS, after the learners' transactions and outside their
 * requests: each instance's scheduler queues the job (unless one is waiting), and the job exports
 * each stream in batches, one transaction per batch that stores the statements and moves the
 * cursor together. A learner's request never waits for it: the records are read back from the
 * tables they were written to anyway.
 */
@ApplicationScoped
public class OwnActivityExport implements JobHandler {

    static final String JOB = "xapi.own-activity";
    private static final Logger LOG = Logger.getLogger(OwnActivityExport.class);
    private static final List<String> STREAMS = List.of(ActivityRecord.FACTS, ActivityRecord.CERTIFICATES);
    /** Batches per run; the next tick carries on. */
    private static final int MAX_BATCHES = 200;

    private final OwnActivityConfig config;
    private final JobQueue jobs;
    private final ActivityRecords records;
    private final ActivityStatements statements;
    private final XapiStatements lrs;

    OwnActivityExport(OwnActivityConfig config, JobQueue jobs, ActivityRecords records, ActivityStatements statements,
            XapiStatements lrs) {
        this.config = config;
        this.jobs = jobs;
        this.records = records;
        this.statements = statements;
        this.lrs = lrs;
    }

    @Scheduled(identity = "xapi-own-activity", every = "${surgalt.xapi.own-activity.interval}", delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void tick() {
        if (config.enabled()) {
            jobs.enqueueUnlessPending(JOB, Map.of());
        }
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) {
        int written = exportAll(Instant.now().minus(config.settle()));
        if (written > 0) {
            LOG.debugf("Wrote %d statements of Surgalt's own activity", written);
        }
    }

    /** Exports every stream up to records made before {@code settledBefore}; the number of statements written. */
    public int exportAll(Instant settledBefore) {
        if (!config.enabled()) {
            return 0;
        }
        int written = 0;
        for (String stream : STREAMS) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                Batch done = QuarkusTransaction.requiringNew().call(() -> exportBatch(stream, settledBefore));
                written += done.statements();
                if (!done.more()) {
                    break;
                }
            }
        }
        return written;
    }

    private record Batch(int statements, boolean more) {
    }

    private Batch exportBatch(String stream, Instant settledBefore) {
        long cursor = records.lockCursor(stream);
        List<ActivityRecord> found = records.after(stream, cursor, config.batch());
        long last = cursor;
        List<ObjectNode> batch = new ArrayList<>();
        List<ObjectNode> voiding = new ArrayList<>();
        boolean settledAll = true;
        for (ActivityRecord record : found) {
            if (record.at().isAfter(settledBefore)) {
                settledAll = false;
                break;
            }
            last = record.id();
            statements.of(record).ifPresent(statement -> ("StatementRef".equals(
                    statement.path("object").path("objectType").asText()) ? voiding : batch).add(statement));
        }
        // Stored as Surgalt, site-wide: the LRS files each under its learner's institution, so
        // that institution's clients read them. Voiding after the statements it may void.
        int count = lrs.store(lrs.lms(), batch).size();
        for (ObjectNode statement : voiding) {
            count += lrs.store(lrs.lms(), List.of(statement)).size();
        }
        if (last != cursor) {
            records.moveCursor(stream, last);
        }
        return new Batch(count, settledAll && found.size() == config.batch());
    }
}
