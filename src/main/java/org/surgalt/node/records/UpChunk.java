package org.surgalt.node.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What {@code POST /api/node/records} takes and answers (deploy/NODE-PROTOCOL.md §5). A record names
 * people, courses and items by their NATIONAL ids.
 */
public final class UpChunk {

    private UpChunk() {
    }

    /** At most {@link NodeRecordService#MAX_RECORDS} records. */
    public record Request(List<Record> records) {
    }

    /**
     * One record. {@code type} FACT: a completion fact (kind, score, source, courseVersion, occurredAt);
     * SUBMISSION: a handed-in submission (body, attempts, submittedAt, late, files); ATTEMPT: a finished
     * quiz attempt (startedAt, deadline, submittedAt, late, earned, possible, score, passed, answers);
     * ATTENDANCE: an attendance mark (session, status, method, recordedBy, occurredAt: when it was made).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(String uid, String type, Long person, Long course, Long item, String kind, Integer score,
            String source, Integer courseVersion, Instant occurredAt, String body, Integer attempts,
            Instant submittedAt, Boolean late, List<File> files, Instant startedAt, Instant deadline, BigDecimal earned,
            Integer possible, Boolean passed, List<AttemptAnswer> answers, Long session, String status, String method,
            Long recordedBy) {

        public static Record fact(String uid, long person, long course, long item, String kind, Integer score,
                String source, int courseVersion, Instant occurredAt) {
            return new Record(uid, RecordChecks.FACT, person, course, item, kind, score, source, courseVersion,
                    occurredAt, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public static Record submission(String uid, long person, long course, long item, String body, int attempts,
                Instant submittedAt, boolean late, List<File> files) {
            return new Record(uid, RecordChecks.SUBMISSION, person, course, item, null, null, null, null, null, body,
                    attempts, submittedAt, late, files, null, null, null, null, null, null, null, null, null, null);
        }

        public static Record attempt(String uid, long person, long course, long item, Instant startedAt,
                Instant deadline, Instant submittedAt, boolean late, BigDecimal earned, Integer possible, Integer score,
                Boolean passed, List<AttemptAnswer> answers) {
            return new Record(uid, RecordChecks.ATTEMPT, person, course, item, null, score, null, null, null, null,
                    null, submittedAt, late, null, startedAt, deadline, earned, possible, passed, answers, null, null,
                    null, null);
        }

        public static Record attendance(String uid, long person, long course, long item, long session, String status,
                String method, Long recordedBy, Instant recordedAt) {
            return new Record(uid, RecordChecks.ATTENDANCE, person, course, item, null, null, null, null, recordedAt,
                    null, null, null, null, null, null, null, null, null, null, null, session, status, method,
                    recordedBy);
        }
    }

    /** A question of an attempt: the option order shown and the response (option ids comma-separated, or text). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptAnswer(Long question, List<Long> optionOrder, String response, Instant savedAt,
            BigDecimal earned) {
    }

    /** A file of a submission: the national server has it (uploaded first) under its SHA-256. */
    public record File(String sha256, String filename, String mediaType, Long size) {
    }

    public record Acknowledged(String uid, long nationalId) {
    }

    public record Refused(String uid, String reason) {
    }

    /**
     * acknowledged: durable here, forget it; refused: never send again; waiting: not applied yet (a
     * file is missing), send again next round.
     */
    public record Answer(List<Acknowledged> acknowledged, List<Refused> refused, List<Refused> waiting) {
    }
}
