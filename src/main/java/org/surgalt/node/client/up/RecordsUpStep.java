package org.surgalt.node.client.up;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.SyncStep;
import org.surgalt.node.records.UpChunk;

/**
 * Records up (order 30): drains the outbox in chunks (≤ 500 records, under 1 MiB), each translated to
 * national ids, and forgets a record only when the national server acknowledged it. A refused record
 * leaves the queue as REFUSED with the reason; one without a national link waits as HELD. A cut link
 * leaves every unacknowledged record queued for the next round; sending one again is harmless (the
 * national side keeps a receipt per uid).
 */
@ApplicationScoped
public class RecordsUpStep implements SyncStep {

    static final String PATH = "/api/node/records";
    static final int CHUNK_RECORDS = 500;
    /** Under the national side's 1 MiB, with room for the chunk's own brackets. */
    static final int CHUNK_BYTES = 1024 * 1024 - 1024;

    private final UpOutbox outbox;
    private final UpTranslation translation;
    private final NationalClient client;
    private final ObjectMapper json;

    RecordsUpStep(UpOutbox outbox, UpTranslation translation, NationalClient client, ObjectMapper json) {
        this.outbox = outbox;
        this.translation = translation;
        this.client = client;
        this.json = json;
    }

    @Override
    public String name() {
        return "records";
    }

    @Override
    public Direction direction() {
        return Direction.UP;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Backlog backlog() {
        return outbox.backlog();
    }

    /** What one round did, for the status page's line. */
    private static final class Tally {
        int sent;
        int held;
        int refused;
        String heldWhy;
        String refusedWhy;

        String line() {
            return "sent " + sent + ", held " + held + (heldWhy == null ? "" : " (" + heldWhy + ")") + ", refused "
                    + refused + (refusedWhy == null ? "" : " (" + refusedWhy + ")");
        }
    }

    @Override
    public Outcome run(NodeIdentity node) throws IOException {
        Tally tally = new Tally();
        long after = 0;
        while (true) {
            List<UpRecord> batch = outbox.next(after, CHUNK_RECORDS);
            if (batch.isEmpty()) {
                return Outcome.done(tally.line());
            }
            after = batch.get(batch.size() - 1).id();
            List<String> ready = new ArrayList<>();
            for (UpTranslation.Translated t : translation.translate(batch)) {
                if (t.wire() == null) {
                    outbox.hold(t.record().id(), t.why());
                    tally.held++;
                    tally.heldWhy = tally.heldWhy == null ? t.why() : tally.heldWhy;
                } else {
                    ready.add(t.wire());
                }
            }
            for (List<String> chunk : chunks(ready)) {
                String failure = send(node, chunk, tally);
                if (failure != null) {
                    return Outcome.unfinished(tally.line() + "; " + failure);
                }
            }
        }
    }

    /** Sends one chunk and settles its answer; null, or why the round stops here. */
    private String send(NodeIdentity node, List<String> chunk, Tally tally) throws IOException {
        byte[] body = ("{\"records\":[" + String.join(",", chunk) + "]}").getBytes(StandardCharsets.UTF_8);
        NationalClient.Answer answer = client.send(node, "POST", PATH, body);
        if (!answer.ok()) {
            return "the national server answered " + answer.status();
        }
        UpChunk.Answer settled = json.readValue(answer.body(), UpChunk.Answer.class);
        List<String> acknowledged = settled.acknowledged() == null ? List.of()
                : settled.acknowledged().stream().map(UpChunk.Acknowledged::uid).toList();
        outbox.acknowledged(acknowledged);
        tally.sent += acknowledged.size();
        if (settled.refused() != null) {
            for (UpChunk.Refused refused : settled.refused()) {
                outbox.refuse(refused.uid(), refused.reason());
                tally.refused++;
                tally.refusedWhy = tally.refusedWhy == null ? refused.reason() : tally.refusedWhy;
            }
        }
        return null;
    }

    /** Records in chunks of at most {@link #CHUNK_RECORDS} and {@link #CHUNK_BYTES}. */
    static List<List<String>> chunks(List<String> records) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int bytes = 0;
        for (String record : records) {
            int size = record.getBytes(StandardCharsets.UTF_8).length + 1;
            if (!current.isEmpty() && (current.size() == CHUNK_RECORDS || bytes + size > CHUNK_BYTES)) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(record);
            bytes += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
