package org.surgalt.node.client.up;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgalt.assignment.SubmissionRecords;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.records.UpChunk;

/**
 * Records as the national server must read them: the node's local ids of people, courses and items
 * become national ids (node_link); a submission is read as handed in now, with its files. A record
 * whose person, course or item has no link cannot go up yet and is held, with why.
 */
@ApplicationScoped
public class UpTranslation {

    /**
     * A record ready to go ({@code wire}: its JSON; {@code files}: to upload first; {@code submission}:
     * the local submission to link to the national one), held for {@code why}, or {@code gone} (a
     * submission no longer handed in: nothing to send).
     */
    public record Translated(UpRecord record, String wire, String why, List<SubmissionRecords.FileRef> files,
            Long submission, boolean gone) {

        static Translated held(UpRecord record, String why) {
            return new Translated(record, null, why, List.of(), null, false);
        }
    }

    private final NodeLinks links;
    private final SubmissionRecords submissions;
    private final ObjectMapper json;

    UpTranslation(NodeLinks links, SubmissionRecords submissions, ObjectMapper json) {
        this.links = links;
        this.submissions = submissions;
        this.json = json;
    }

    public List<Translated> translate(List<UpRecord> records) {
        Map<Long, UpCapture.Fact> facts = new HashMap<>();
        Map<Long, Optional<SubmissionRecords.HandedIn>> handedIn = new HashMap<>();
        List<Long> people = new ArrayList<>();
        List<Long> courses = new ArrayList<>();
        List<Long> items = new ArrayList<>();
        for (UpRecord record : records) {
            if (record.kind() == UpRecord.Kind.FACT) {
                UpCapture.Fact fact = read(record.payload(), UpCapture.Fact.class);
                facts.put(record.id(), fact);
                people.add(fact.person());
                courses.add(fact.course());
                items.add(fact.item());
            } else {
                Optional<SubmissionRecords.HandedIn> now = submissions.handedIn(
                        read(record.payload(), UpCapture.Submission.class).submission());
                handedIn.put(record.id(), now);
                now.ifPresent(s -> {
                    people.add(s.learner());
                    courses.add(s.course());
                    items.add(s.item());
                });
            }
        }
        Ids ids = new Ids(links.nationalByLocal(NodeLinks.Kind.USER, people.stream().distinct().toList()),
                links.nationalByLocal(NodeLinks.Kind.COURSE, courses.stream().distinct().toList()),
                links.nationalByLocal(NodeLinks.Kind.ITEM, items.stream().distinct().toList()));
        List<Translated> out = new ArrayList<>();
        for (UpRecord record : records) {
            out.add(record.kind() == UpRecord.Kind.FACT ? fact(record, facts.get(record.id()), ids)
                    : submission(record, handedIn.get(record.id()), ids));
        }
        return out;
    }

    private record Ids(Map<Long, Long> people, Map<Long, Long> courses, Map<Long, Long> items) {

        String missing(long person, long course, long item) {
            return !people.containsKey(person) ? "no national link for person " + person
                    : !courses.containsKey(course) ? "no national link for course " + course
                    : !items.containsKey(item) ? "no national link for item " + item : null;
        }
    }

    private Translated fact(UpRecord record, UpCapture.Fact fact, Ids ids) {
        String why = ids.missing(fact.person(), fact.course(), fact.item());
        if (why != null) {
            return Translated.held(record, why);
        }
        return new Translated(record, write(UpChunk.Record.fact(record.uid(), ids.people().get(fact.person()),
                ids.courses().get(fact.course()), ids.items().get(fact.item()), fact.kind(), fact.score(),
                fact.source(), fact.courseVersion(), fact.occurredAt())), null, List.of(), null, false);
    }

    private Translated submission(UpRecord record, Optional<SubmissionRecords.HandedIn> now, Ids ids) {
        if (now.isEmpty()) {
            return new Translated(record, null, null, List.of(), null, true);
        }
        SubmissionRecords.HandedIn s = now.get();
        String why = s.team() ? "a team's submission does not go up yet"
                : s.pendingFiles() ? "a file of the submission is still being checked"
                : ids.missing(s.learner(), s.course(), s.item());
        if (why != null) {
            return Translated.held(record, why);
        }
        List<UpChunk.File> files = s.files().stream()
                .map(f -> new UpChunk.File(f.sha256(), f.filename(), f.mediaType(), f.size())).toList();
        return new Translated(record, write(UpChunk.Record.submission(record.uid(), ids.people().get(s.learner()),
                ids.courses().get(s.course()), ids.items().get(s.item()), s.body(), s.attempts(), s.submittedAt(),
                s.late(), files)), null, s.files(), s.submission(), false);
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row the node wrote is not a " + type.getSimpleName(), e);
        }
    }

    private String write(UpChunk.Record record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
