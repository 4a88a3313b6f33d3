package org.surgalt.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The job table as a queue that any number of instances share. Every change of state is its own
 * short transaction, so no database connection is held while a job runs. All times are the
 * application's clock, bound as parameters: mixing them with the database's NOW() would depend
 * on the session time zone.
 */
@ApplicationScoped
public class JobQueue {

    private final JobRepository jobs;
    private final EntityManager em;
    private final ObjectMapper json;
    private final JobsConfig config;

    JobQueue(JobRepository jobs, EntityManager em, ObjectMapper json, JobsConfig config) {
        this.jobs = jobs;
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** Joins the caller's transaction, so the job exists exactly when the caller's change does. */
    @Transactional
    public long enqueue(String kind, Map<String, ?> payload) {
        return enqueue(kind, payload, config.maxAttempts());
    }

    @Transactional
    public long enqueue(String kind, Map<String, ?> payload, int maxAttempts) {
        try {
            Job job = new Job(kind, json.writeValueAsString(payload), maxAttempts);
            jobs.persist(job);
            return job.id();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("job payload is not serialisable", e);
        }
    }

    /**
     * For periodic work that every instance schedules and one should do: enqueues unless a job of
     * this kind is waiting or running, and says whether it did. Two instances asking at the same
     * moment may both enqueue, so such a job must bear running twice, as every job must anyway.
     */
    @Transactional
    public boolean enqueueUnlessPending(String kind, Map<String, ?> payload) {
        if (jobs.count("kind = ?1 and state in ?2", kind,
                List.of(JobState.QUEUED, JobState.RUNNING, JobState.FAILED)) > 0) {
            return false;
        }
        enqueue(kind, payload);
        return true;
    }

    @Transactional
    public Optional<Job> find(long id) {
        return jobs.findByIdOptional(id);
    }

    /**
     * Takes up to {@code max} due jobs: queued or failed ones whose time has come, and running
     * ones whose lease ran out (their instance died). SKIP LOCKED makes concurrent claimers pass
     * over each other's rows instead of waiting, and the lock holds until the rows say RUNNING.
     */
    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<ClaimedJob> claim(String worker, int max) {
        if (max <= 0) {
            return List.of();
        }
        Instant now = Instant.now();
        List<Number> ids = em.createNativeQuery("""
                SELECT id FROM job
                WHERE (state IN ('QUEUED', 'FAILED') AND run_after <= :now)
                   OR (state = 'RUNNING' AND locked_until < :now)
                ORDER BY run_after, id
                LIMIT :max
                FOR UPDATE SKIP LOCKED""")
                .setParameter("now", now).setParameter("max", max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        em.createNativeQuery("""
                UPDATE job SET state = 'RUNNING', attempts = attempts + 1, locked_by = :worker,
                    locked_until = :until, updated_at = :now
                WHERE id IN (:ids)""")
                .setParameter("worker", worker).setParameter("until", now.plus(config.lease()))
                .setParameter("now", now).setParameter("ids", claimed).executeUpdate();
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, kind, payload, attempts, max_attempts FROM job WHERE id IN (:ids) ORDER BY id")
                .setParameter("ids", claimed).getResultList();
        return rows.stream().map(row -> new ClaimedJob(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], ((Number) row[3]).intValue(), ((Number) row[4]).intValue())).toList();
    }

    /** Only the lease holder records the outcome: a worker that lost its lease has been replaced. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean done(ClaimedJob job, String worker) {
        return finish(job, worker, JobState.DONE, null, null);
    }

    /** Another attempt after a backoff of firstRetryDelay × 4^(attempt-1), or REJECTED after the last one. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean failed(ClaimedJob job, String worker, String error) {
        if (job.attempt() >= job.maxAttempts()) {
            return finish(job, worker, JobState.REJECTED,
                    "Gave up after " + job.attempt() + " attempts: " + error, null);
        }
        return finish(job, worker, JobState.FAILED, error, Instant.now().plus(backoff(job.attempt())));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean rejected(ClaimedJob job, String worker, String reason) {
        return finish(job, worker, JobState.REJECTED, reason, null);
    }

    /**
     * Queued again after the first retry delay, with the claim's attempt given back: waiting for
     * this instance to recover is not the job failing, however long it takes.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean deferred(ClaimedJob job, String worker, String reason) {
        Instant now = Instant.now();
        return em.createNativeQuery("""
                UPDATE job SET state = 'QUEUED', attempts = attempts - 1, last_error = :reason,
                    run_after = :runAfter, locked_by = NULL, locked_until = NULL, updated_at = :now
                WHERE id = :id AND state = 'RUNNING' AND locked_by = :worker""")
                .setParameter("reason", truncate(reason)).setParameter("runAfter", now.plus(config.firstRetryDelay()))
                .setParameter("now", now).setParameter("id", job.id()).setParameter("worker", worker)
                .executeUpdate() == 1;
    }

    Duration backoff(int attempt) {
        return config.firstRetryDelay().multipliedBy(1L << (2 * Math.min(attempt - 1, 15)));
    }

    private boolean finish(ClaimedJob job, String worker, JobState state, String error, Instant runAfter) {
        Instant now = Instant.now();
        return em.createNativeQuery("""
                UPDATE job SET state = :state, last_error = :error, run_after = COALESCE(:runAfter, run_after),
                    locked_by = NULL, locked_until = NULL, updated_at = :now
                WHERE id = :id AND state = 'RUNNING' AND locked_by = :worker""")
                .setParameter("state", state.name()).setParameter("error", truncate(error))
                .setParameter("runAfter", runAfter).setParameter("now", now)
                .setParameter("id", job.id()).setParameter("worker", worker).executeUpdate() == 1;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    }
}
