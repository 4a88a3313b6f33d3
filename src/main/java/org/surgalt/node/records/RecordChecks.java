package org.surgalt.node.records;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;
import org.surgalt.cohort.session.AttendanceRecords;
import org.surgalt.progress.CompletionFact;

/** Whether a record from a node can be read as one (NODE-PROTOCOL.md §5): its reason when not. */
final class RecordChecks {

    static final String FACT = "FACT";
    static final String SUBMISSION = "SUBMISSION";
    static final String ATTEMPT = "ATTEMPT";
    static final String ATTENDANCE = "ATTENDANCE";
    private static final int MAX_ANSWERS = 500;
    /** What the database's columns hold: TIMESTAMP from 1970 to 2038 (taken as 2000 to 2037), TEXT, DECIMAL(12, 4). */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2037-12-31T00:00:00Z");
    private static final int MAX_TEXT_BYTES = 65_535;
    private static final int MAX_ORDER = 2000;
    private static final BigDecimal MAX_POINTS = new BigDecimal("99999999");
    static final Pattern UID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_SOURCE = 32;
    private static final int MAX_FILES = 100;
    private static final int MAX_FILENAME = 255;

    private RecordChecks() {
    }

    /** Why a record is malformed, or null. */
    static String malformed(UpChunk.Record r) {
        if (r == null) {
            return "an empty record";
        }
        if (!timely(r.occurredAt(), r.submittedAt(), r.startedAt(), r.deadline())) {
            return "a time is before 2000 or after 2037";
        }
        if (r.uid() == null || !UID.matcher(r.uid()).matches()) {
            return "the uid is not a lower-case UUID";
        }
        if (r.person() == null || r.course() == null || r.item() == null) {
            return "a record needs person, course and item";
        }
        if (FACT.equals(r.type())) {
            return fact(r);
        }
        if (SUBMISSION.equals(r.type())) {
            return submission(r);
        }
        if (ATTEMPT.equals(r.type())) {
            return attempt(r);
        }
        if (ATTENDANCE.equals(r.type())) {
            return r.session() == null || r.occurredAt() == null
                    || !AttendanceRecords.known(r.status(), r.method())
                    ? "an attendance mark needs session, a known status and method, and occurredAt" : null;
        }
        return "unknown record type " + r.type();
    }

    private static String fact(UpChunk.Record r) {
        if (r.courseVersion() == null || r.occurredAt() == null || r.kind() == null || r.source() == null) {
            return "a fact needs kind, source, courseVersion and occurredAt";
        }
        boolean known = false;
        for (CompletionFact.Kind kind : CompletionFact.Kind.values()) {
            known |= kind.name().equals(r.kind());
        }
        if (!known) {
            return "unknown fact kind " + r.kind();
        }
        if (r.source().isBlank() || r.source().length() > MAX_SOURCE || "national".equals(r.source())) {
            return "the source must be 1 to 32 characters and not national";
        }
        if (r.courseVersion() < 0) {
            return "courseVersion must not be negative";
        }
        return null;
    }

    private static String submission(UpChunk.Record r) {
        if (r.attempts() == null || r.attempts() < 1 || r.submittedAt() == null || r.files() == null) {
            return "a submission needs attempts (at least 1), submittedAt and files";
        }
        if (r.files().size() > MAX_FILES) {
            return "a submission has at most 100 files";
        }
        for (UpChunk.File file : r.files()) {
            if (file == null || file.sha256() == null || !SHA256.matcher(file.sha256()).matches()
                    || file.filename() == null || file.filename().isBlank() || file.filename().length() > MAX_FILENAME
                    || (file.mediaType() != null && file.mediaType().length() > MAX_FILENAME)) {
                return "a file needs its lower-case hex sha256, a filename of 1 to 255 characters and a media type "
                        + "of at most 255";
            }
        }
        return null;
    }

    private static String attempt(UpChunk.Record r) {
        if (r.startedAt() == null || r.submittedAt() == null || r.answers() == null) {
            return "an attempt needs startedAt, submittedAt and answers";
        }
        if (r.answers().size() > MAX_ANSWERS) {
            return "an attempt has at most 500 questions";
        }
        if (!points(r.earned())) {
            return "earned points are out of range";
        }
        for (UpChunk.AttemptAnswer answer : r.answers()) {
            if (answer == null || answer.question() == null) {
                return "each answer needs its question";
            }
            if (!timely(answer.savedAt()) || !points(answer.earned()) || (answer.response() != null
                    && answer.response().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES)
                    || (answer.optionOrder() != null && answer.optionOrder().toString().length() > MAX_ORDER)) {
                return "an answer of question " + answer.question() + " is out of range";
            }
        }
        return null;
    }

    private static boolean timely(Instant... times) {
        for (Instant at : times) {
            if (at != null && (at.isBefore(EARLIEST) || at.isAfter(LATEST))) {
                return false;
            }
        }
        return true;
    }

    private static boolean points(BigDecimal earned) {
        return earned == null || earned.abs().compareTo(MAX_POINTS) < 0;
    }
}
