package org.surgalt.platform.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs claimed jobs with their handlers on this instance's worker pool. The scheduled
 * {@link JobPoller} calls {@link #poll()}; tests call {@link #runDue(String, int)} directly.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final JobQueue queue;
    private final Map<String, JobHandler> handlers;
    private final ObjectMapper json;
    private final JobsConfig config;
    private final String instance;
    private final AtomicInteger busy = new AtomicInteger();
    private volatile ExecutorService pool;

    JobRunner(JobQueue queue, Instance<JobHandler> handlers, ObjectMapper json, JobsConfig config) {
        this.queue = queue;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.json = json;
        this.config = config;
        // Unique per process, readable in the job table: which instance holds a lease.
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString()
                .substring(0, 8);
    }

    /** Claims as many due jobs as this instance has idle workers and hands them to the pool. */
    public void poll() {
        int idle = config.workers() - busy.get();
        for (ClaimedJob job : claim(instance, idle)) {
            busy.incrementAndGet();
            pool().execute(() -> {
                try {
                    run(job, instance);
                } finally {
                    busy.decrementAndGet();
                }
            });
        }
    }

    /** Claims up to {@code max} due jobs as {@code worker} and runs them in the calling thread. */
    public int runDue(String worker, int max) {
        List<ClaimedJob> claimed = claim(worker, max);
        claimed.forEach(job -> run(job, worker));
        return claimed.size();
    }

    private List<ClaimedJob> claim(String worker, int max) {
        return retryingLockConflicts(() -> queue.claim(worker, max));
    }

    /**
     * Concurrent claims and outcomes can deadlock in InnoDB (a claim's scan takes next-key locks
     * on the index of job states that another transaction is updating). The database rolls the
     * loser back whole, so doing it again, after a short random pause, is safe.
     */
    private static <T> T retryingLockConflicts(java.util.function.Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= 5 || !isLockConflict(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 50L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A deadlock (MariaDB 1213) or lock wait timeout (1205), however the layers above wrapped it. */
    static boolean isLockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql
                    && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205 || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    void run(ClaimedJob job, String worker) {
        JobHandler handler = handlers.get(job.kind());
        if (handler == null) {
            retryingLockConflicts(() -> queue.rejected(job, worker, "No handler for jobs of kind " + job.kind() + "."));
            return;
        }
        try {
            handler.run(json.readTree(job.payload()));
            retryingLockConflicts(() -> queue.done(job, worker));
        } catch (JobRejected e) {
            retryingLockConflicts(() -> queue.rejected(job, worker, e.getMessage()));
        } catch (JobDeferred e) {
            LOG.infof("Job %d (%s) deferred: %s", job.id(), job.kind(), e.getMessage());
            retryingLockConflicts(() -> queue.deferred(job, worker, e.getMessage()));
        } catch (Exception e) {
            LOG.warnf(e, "Job %d (%s) failed on attempt %d of %d", job.id(), job.kind(), job.attempt(),
                    job.maxAttempts());
            retryingLockConflicts(() -> queue.failed(job, worker, e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private ExecutorService pool() {
        if (pool == null) {
            synchronized (this) {
                if (pool == null) {
                    AtomicInteger n = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(config.workers(), task -> {
                        Thread thread = new Thread(task, "surgalt-job-" + n.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return pool;
    }

    /** Running jobs get a moment to finish; any that do not are claimed again after their lease. */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (pool != null) {
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
