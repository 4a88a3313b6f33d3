package org.surgalt.node.records;

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

    /** One record; {@code type} FACT (a completion fact, the fields after it). */
    public record Record(String uid, String type, Long person, Long course, Long item, String kind, Integer score,
            String source, Integer courseVersion, Instant occurredAt) {
    }

    public record Acknowledged(String uid, long nationalId) {
    }

    public record Refused(String uid, String reason) {
    }

    public record Answer(List<Acknowledged> acknowledged, List<Refused> refused) {
    }
}
