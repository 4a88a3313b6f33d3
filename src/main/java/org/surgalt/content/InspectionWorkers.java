package org.surgalt.content;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

/**
 * The threads inspections run on, each with a wall-clock limit. A worker that overruns is
 * interrupted and abandoned, so the caller has its answer at the time limit. A reader that ignores
 * the interrupt (a parser stuck in a loop) keeps its thread and a CPU core until it ends on its
 * own, so abandoned workers are counted while they still run, and once there are
 * {@code maxAbandoned} of them no new work starts: a file that caught one reader would only catch
 * the next. Checking the count and starting are not one step: inspections already running when
 * the limit is reached may still overrun, so the bound on stuck threads is {@code maxAbandoned}
 * plus the inspections that run at once (the job workers) minus one.
 */
final class InspectionWorkers {

    private static final Logger LOG = Logger.getLogger(InspectionWorkers.class);

    private final int maxAbandoned;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(daemonThreads());

    InspectionWorkers(int maxAbandoned) {
        this.maxAbandoned = maxAbandoned;
    }

    /**
     * Runs {@code work} on a worker and waits at most {@code timeout} for it. {@code name} (the
     * uploaded file's) is for the log only.
     *
     * @throws InspectorStalled when {@code maxAbandoned} workers are still stuck; nothing was started
     */
    <T> T run(Callable<T> work, Duration timeout, String name)
            throws TimeoutException, ExecutionException, InterruptedException {
        int stuck = abandoned.get();
        if (stuck >= maxAbandoned) {
            throw new InspectorStalled(stuck);
        }
        Task<T> task = new Task<>(work, name);
        Future<T> result = pool.submit(task);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            result.cancel(true);
            task.abandon(timeout);
            throw e;
        }
    }

    /** Workers that timed out and have not finished yet. */
    int abandoned() {
        return abandoned.get();
    }

    int maxAbandoned() {
        return maxAbandoned;
    }

    void stop() {
        pool.shutdownNow();
    }

    /** Knows whether it is running, so that only a worker that really is still busy is counted. */
    private final class Task<T> implements Callable<T> {

        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int FINISHED = 2;
        private static final int ABANDONED = 3;

        private final Callable<T> work;
        private final String name;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile long started;

        Task(Callable<T> work, String name) {
            this.work = work;
            this.name = name;
        }

        @Override
        public T call() throws Exception {
            if (!state.compareAndSet(WAITING, RUNNING)) {
                return null; // given up before a thread took it: the caller has gone
            }
            started = System.nanoTime();
            try {
                return work.call();
            } finally {
                if (!state.compareAndSet(RUNNING, FINISHED)) {
                    int left = abandoned.decrementAndGet();
                    LOG.infof("The abandoned inspection of \"%s\" ended after %d s; %d abandoned still running",
                            name, Duration.ofNanos(System.nanoTime() - started).toSeconds(), left);
                }
            }
        }

        void abandon(Duration timeout) {
            if (state.compareAndSet(WAITING, ABANDONED)) {
                return;
            }
            // Counted before the state changes, so the worker's own decrement always comes after it.
            int stuck = abandoned.incrementAndGet();
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                LOG.warnf("Gave up inspecting \"%s\" after %d s; its worker was interrupted and is left to finish "
                        + "on its own (%d of at most %d abandoned workers running%s)", name, timeout.toSeconds(),
                        stuck, maxAbandoned, stuck >= maxAbandoned ? "; no new inspection starts until one ends" : "");
            } else {
                abandoned.decrementAndGet(); // it finished just as the time ran out
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "surgalt-inspection-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
