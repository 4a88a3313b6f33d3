package org.surgalt.node.client.up;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.surgalt.node.client.NodeClientConfig;

/**
 * On a school node: every learner record written here (a completion fact, a handed-in submission, a finished quiz attempt,
 * an attendance mark) gets an outbox row (V051 {@code up_record}) in
 * the record's own transaction, with a UUID made now, so a record is either written and queued to go
 * up, or neither. Called from the one place each kind of record is written; on the national server
 * {@link #active()} is false and nothing is written or read.
 */
@ApplicationScoped
public class UpCapture {

    /** The source of a fact a down step wrote: it came from the national server and never goes back. */
    public static final String NATIONAL_SOURCE = "national";

    /** A completion fact as the node wrote it, in LOCAL ids (translated when it is sent). */
    public record Fact(long person, long course, long item, String kind, Integer score, String source,
            int courseVersion, Instant occurredAt) {
    }

    private final NodeClientConfig config;
    private final EntityManager em;
    private final ObjectMapper json;

    UpCapture(NodeClientConfig config, EntityManager em, ObjectMapper json) {
        this.config = config;
        this.em = em;
        this.json = json;
    }

    /** Whether records are captured here: on a school node only. */
    public boolean active() {
        return config.isNode();
    }

    /** Queues a completion fact just written in the caller's transaction (not one a down step wrote). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fact(Fact fact) {
        if (!active() || NATIONAL_SOURCE.equals(fact.source())) {
            return;
        }
        queue(UpRecord.Kind.FACT, fact);
    }

    /** A submission on the node, by its LOCAL id: what goes up is the submission as handed in when it is sent. */
    public record Submission(long submission) {
    }

    /** Queues a submission just handed in (or handed in again) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submission(long localSubmissionId) {
        if (active()) {
            queue(UpRecord.Kind.SUBMISSION, new Submission(localSubmissionId));
        }
    }

    /** A finished quiz attempt on the node, by its LOCAL id, sent as it is then (attempts do not change once submitted). */
    public record Attempt(long attempt) {
    }

    /** Queues a quiz attempt just submitted (by the learner or at its deadline) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attempt(long localAttemptId) {
        if (active()) {
            queue(UpRecord.Kind.ATTEMPT, new Attempt(localAttemptId));
        }
    }

    /** An attendance mark as made on the node, in LOCAL ids (the session's course and item with it). */
    public record Mark(long session, long course, long item, long person, String status, String method,
            Long recordedBy, Instant recordedAt) {
    }

    /** Queues an attendance mark just made or changed in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attendance(Mark mark) {
        if (active()) {
            queue(UpRecord.Kind.ATTENDANCE, mark);
        }
    }

    private void queue(UpRecord.Kind kind, Object payload) {
        String text;
        try {
            text = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an up record must be writable as JSON", e);
        }
        em.createNativeQuery("INSERT INTO up_record (uid, kind, payload) VALUES (?1, ?2, ?3)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, kind.name()).setParameter(3, text)
                .executeUpdate();
    }
}
