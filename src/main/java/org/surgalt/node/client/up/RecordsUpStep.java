package org.surgalt.node.client.up;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgalt.assignment.SubmissionRecords;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.SyncStep;
import org.surgalt.node.records.UpChunk;

/**
 * Records up (order 30): drains the outbox in chunks (≤ 500 records, under 1 MiB), each translated to
 * national ids, the files a chunk's submissions name uploaded first; a record is forgotten only when
 * the national server acknowledged it. A refused record leaves the queue as REFUSED with the reason;
 * one without a national link waits as HELD; a submission whose files the national side lacks waits
 * for the next round. A cut link leaves every unacknowledged record queued; sending one again is
 * harmless (the national side keeps a receipt per uid).
 */
@ApplicationScoped
public class RecordsUpStep implements SyncStep {

    static final String PATH = "/api/node/records";
    static final int CHUNK_RECORDS = 500;
    /** Under the national side's 1 MiB, with room for the chunk's own brackets. */
    static final int CHUNK_BYTES = 1024 * 1024 - 1024;

    private final UpOutbox outbox;
    private final UpTranslation translation;
    private final UpFiles files;
    private final SubmissionRecords submissions;
    private final NationalClient client;
    private final ObjectMapper json;

    RecordsUpStep(UpOutbox outbox, UpTranslation translation, UpFiles files, SubmissionRecords submissions,
            NationalClient client, ObjectMapper json) {
        this.outbox = outbox;
        this.translation = translation;
        this.files = files;
        this.submissions = submissions;
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

    /** Queued and held records; the files (and their bytes) of the submissions among them. */
    @Override
    public Backlog backlog() {
        Backlog records = outbox.backlog();
        Map<String, Long> named = new HashMap<>();
        for (String payload : outbox.queuedPayloads(UpRecord.Kind.SUBMISSION)) {
            try {
                submissions.handedIn(json.readValue(payload, UpCapture.Submission.class).submission())
                        .ifPresent(s -> s.files().forEach(f -> named.put(f.sha256(), f.size())));
            } catch (IOException e) {
                throw new IllegalStateException("an outbox row the node wrote is not a submission", e);
            }
        }
        return new Backlog(records.records(), named.size(), named.values().stream().mapToLong(Long::longValue).sum());
    }

    /** What one round did, for the status page's line. */
    private static final class Tally {
        int sent;
        int held;
        int waiting;
        int refused;
        String heldWhy;
        String waitingWhy;
        String refusedWhy;

        String line() {
            return "sent " + sent + ", held " + held + why(heldWhy) + (waiting == 0 ? "" : ", waiting " + waiting
                    + why(waitingWhy)) + ", refused " + refused + why(refusedWhy);
        }

        private static String why(String text) {
            return text == null ? "" : " (" + text + ")";
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
            List<UpTranslation.Translated> ready = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            for (UpTranslation.Translated t : translation.translate(batch)) {
                if (t.gone()) {
                    gone.add(t.record().uid());
                } else if (t.wire() == null) {
                    outbox.hold(t.record().id(), t.why());
                    tally.held++;
                    tally.heldWhy = tally.heldWhy == null ? t.why() : tally.heldWhy;
                } else {
                    ready.add(t);
                }
            }
            outbox.acknowledged(gone, List.of());
            for (List<UpTranslation.Translated> chunk : chunks(ready)) {
                String failure = uploadFiles(node, chunk);
                if (failure == null) {
                    failure = send(node, chunk, tally);
                }
                if (failure != null) {
                    return Outcome.unfinished(tally.line() + "; " + failure);
                }
            }
        }
    }

    /** The files a chunk's submissions name, each once, before the chunk; null, or why the round stops. */
    private String uploadFiles(NodeIdentity node, List<UpTranslation.Translated> chunk) throws IOException {
        Map<String, Long> named = new LinkedHashMap<>();
        chunk.forEach(t -> t.files().forEach(f -> named.put(f.sha256(), f.size())));
        for (Map.Entry<String, Long> file : named.entrySet()) {
            String failure = files.upload(node, file.getKey(), file.getValue());
            if (failure != null) {
                return failure;
            }
        }
        return null;
    }

    /** Sends one chunk and settles its answer; null, or why the round stops here. */
    private String send(NodeIdentity node, List<UpTranslation.Translated> chunk, Tally tally) throws IOException {
        byte[] body = ("{\"records\":[" + String.join(",", chunk.stream().map(UpTranslation.Translated::wire)
                .toList()) + "]}").getBytes(StandardCharsets.UTF_8);
        NationalClient.Answer answer = client.send(node, "POST", PATH, body);
        if (!answer.ok()) {
            return "the national server answered " + answer.status();
        }
        UpChunk.Answer settled = json.readValue(answer.body(), UpChunk.Answer.class);
        Map<String, UpTranslation.Translated> linked = new HashMap<>();
        chunk.stream().filter(t -> t.local() != null).forEach(t -> linked.put(t.record().uid(), t));
        List<String> acknowledged = new ArrayList<>();
        List<UpOutbox.Link> links = new ArrayList<>();
        for (UpChunk.Acknowledged ack : settled.acknowledged() == null ? List.<UpChunk.Acknowledged>of()
                : settled.acknowledged()) {
            acknowledged.add(ack.uid());
            UpTranslation.Translated sent = linked.get(ack.uid());
            if (sent != null) {
                links.add(new UpOutbox.Link(sent.linkKind(), sent.local(), ack.nationalId()));
            }
        }
        outbox.acknowledged(acknowledged, links);
        tally.sent += acknowledged.size();
        for (UpChunk.Refused refused : settled.refused() == null ? List.<UpChunk.Refused>of() : settled.refused()) {
            outbox.refuse(refused.uid(), refused.reason());
            tally.refused++;
            tally.refusedWhy = tally.refusedWhy == null ? refused.reason() : tally.refusedWhy;
        }
        for (UpChunk.Refused waiting : settled.waiting() == null ? List.<UpChunk.Refused>of() : settled.waiting()) {
            tally.waiting++;
            tally.waitingWhy = tally.waitingWhy == null ? waiting.reason() : tally.waitingWhy;
        }
        return null;
    }

    /** Records in chunks of at most {@link #CHUNK_RECORDS} and {@link #CHUNK_BYTES}. */
    static List<List<UpTranslation.Translated>> chunks(List<UpTranslation.Translated> records) {
        List<List<UpTranslation.Translated>> chunks = new ArrayList<>();
        List<UpTranslation.Translated> current = new ArrayList<>();
        int bytes = 0;
        for (UpTranslation.Translated record : records) {
            int size = record.wire().getBytes(StandardCharsets.UTF_8).length + 1;
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
