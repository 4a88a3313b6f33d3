package org.surgalt.content;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.platform.jobs.JobQueue;

/**
 * Collects the stored content nothing refers to any more (see {@link AssetCollector}). Every
 * instance's scheduler ticks, like {@link UploadCleanup}'s, but a tick only queues the collection,
 * and only when none is waiting or running, so one instance does it. Unlike expiring uploads it
 * deletes files and reads every asset, which is not work to repeat on each instance.
 */
@ApplicationScoped
class AssetCleanup implements JobHandler {

    static final String JOB = "asset.collect";
    private static final Logger LOG = Logger.getLogger(AssetCleanup.class);

    private final JobQueue jobs;
    private final AssetCollector collector;
    private final ContentConfig config;

    AssetCleanup(JobQueue jobs, AssetCollector collector, ContentConfig config) {
        this.jobs = jobs;
        this.collector = collector;
        this.config = config;
    }

    @Scheduled(identity = "asset-cleanup", every = "${surgalt.content.asset-gc.interval}", delayed = "5m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void queueCollection() {
        jobs.enqueueUnlessPending(JOB, Map.of());
    }

    @Override
    public String kind() {
        return JOB;
    }

    @Override
    public void run(JsonNode payload) throws Exception {
        AssetCollector.Collected collected = collector.collect(Instant.now().minus(config.assetGc().grace()));
        if (collected.assets() > 0 || collected.strayFiles() > 0) {
            LOG.infof("Deleted %d unused assets and %d stray asset files", collected.assets(),
                    collected.strayFiles());
        }
    }
}
