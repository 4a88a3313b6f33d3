package org.surgalt.admin.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.surgalt.reporting.CsvWriter;

/**
 * The filtered events as CSV or JSON lines, written while they are read: a batch at a time, newest
 * first, so an export of millions of events needs the memory of one batch.
 */
final class AuditExport {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final List<String> HEADERS = List.of("id", "occurred_at", "actor_id", "actor_email", "action",
            "action_words", "person_id", "person_email", "object_type", "object_id", "before", "after", "detail",
            "address");

    private AuditExport() {
    }

    interface Batches {
        List<AuditEvent> next(AuditQuery query);
    }

    static StreamingOutput csv(AuditQuery query, Batches batches, Function<String, String> words) {
        return out -> {
            Writer writer = writer(out);
            writer.write('\uFEFF');
            CsvWriter csv = new CsvWriter(writer);
            csv.record(HEADERS);
            each(query, batches, event -> csv.record(Arrays.asList(event.id(), event.occurredAt().toString(),
                    event.actorId(), event.actorEmail(), event.action(), words.apply(event.action()), event.personId(),
                    event.personEmail(), event.objectType(), event.objectId(), event.before(), event.after(),
                    event.detail(), event.address())), writer);
        };
    }

    static StreamingOutput jsonLines(AuditQuery query, Batches batches, Function<String, String> words) {
        return out -> {
            Writer writer = writer(out);
            each(query, batches, event -> {
                ObjectNode line = JSON.valueToTree(event);
                line.put("actionWords", words.apply(event.action()));
                line.set("before", tree(event.before()));
                line.set("after", tree(event.after()));
                writer.write(JSON.writeValueAsString(line));
                writer.write('\n');
            }, writer);
        };
    }

    private interface EventWriter {
        void write(AuditEvent event) throws IOException;
    }

    private static void each(AuditQuery query, Batches batches, EventWriter write, Writer writer) throws IOException {
        AuditQuery next = query;
        while (true) {
            List<AuditEvent> batch = batches.next(next);
            for (AuditEvent event : batch) {
                write.write(event);
            }
            writer.flush();
            if (batch.size() < AuditService.EXPORT_BATCH) {
                return;
            }
            next = next.after(batch.get(batch.size() - 1).id());
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) throws IOException {
        return json == null ? JSON.nullNode() : JSON.readTree(json);
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
