package org.surgalt.node.client.up;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.surgalt.assignment.SubmissionRecords;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.records.UpChunk;
import org.surgalt.quiz.AttemptRecords;

/**
 * Records as the national server must read them: the node's local ids of people, courses and items
 * become national ids (node_link), and an attempt's questions and options too; a submission is read
 * as handed in now, with its files. A record
 * whose person, course or item has no link cannot go up yet and is held, with why.
 */
@ApplicationScoped
public class UpTranslation {

    /**
     * A record ready to go ({@code wire}: its JSON; {@code files}: to upload first; {@code local}: the
     * local submission or attempt to link, as {@code linkKind}, to the national row it becomes), held
     * for {@code why}, or {@code gone} (a submission no longer handed in, an attempt gone: nothing to send).
     */
    public record Translated(UpRecord record, String wire, String why, List<SubmissionRecords.FileRef> files,
            NodeLinks.Kind linkKind, Long local, boolean gone) {

        static Translated held(UpRecord record, String why) {
            return new Translated(record, null, why, List.of(), null, null, false);
        }

        static Translated gone(UpRecord record) {
            return new Translated(record, null, null, List.of(), null, null, true);
        }
    }

    private final NodeLinks links;
    private final SubmissionRecords submissions;
    private final AttemptRecords attempts;
    private final ObjectMapper json;

    UpTranslation(NodeLinks links, SubmissionRecords submissions, AttemptRecords attempts, ObjectMapper json) {
        this.attempts = attempts;
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
        Map<Long, Optional<AttemptRecords.Finished>> finished = new HashMap<>();
        List<Long> questions = new ArrayList<>();
        List<Long> options = new ArrayList<>();
        Map<Long, UpCapture.Mark> marks = new HashMap<>();
        List<Long> sessions = new ArrayList<>();
        for (UpRecord record : records) {
            if (record.kind() == UpRecord.Kind.FACT) {
                UpCapture.Fact fact = read(record.payload(), UpCapture.Fact.class);
                facts.put(record.id(), fact);
                people.add(fact.person());
                courses.add(fact.course());
                items.add(fact.item());
            } else if (record.kind() == UpRecord.Kind.ATTEMPT) {
                Optional<AttemptRecords.Finished> now = attempts.finished(
                        read(record.payload(), UpCapture.Attempt.class).attempt());
                finished.put(record.id(), now);
                now.ifPresent(a -> {
                    people.add(a.learner());
                    courses.add(a.course());
                    items.add(a.item());
                    a.answers().forEach(answer -> {
                        questions.add(answer.question());
                        options.addAll(answer.optionOrder());
                        if (answer.options()) {
                            options.addAll(AttemptRecords.ids(answer.response()));
                        }
                    });
                });
            } else if (record.kind() == UpRecord.Kind.ATTENDANCE) {
                UpCapture.Mark mark = read(record.payload(), UpCapture.Mark.class);
                marks.put(record.id(), mark);
                people.add(mark.person());
                if (mark.recordedBy() != null) {
                    people.add(mark.recordedBy());
                }
                courses.add(mark.course());
                items.add(mark.item());
                sessions.add(mark.session());
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
                links.nationalByLocal(NodeLinks.Kind.ITEM, items.stream().distinct().toList()),
                links.nationalByLocal(NodeLinks.Kind.QUESTION, questions.stream().distinct().toList()),
                links.nationalByLocal(NodeLinks.Kind.OPTION, options.stream().distinct().toList()),
                links.nationalByLocal(NodeLinks.Kind.SESSION, sessions.stream().distinct().toList()));
        List<Translated> out = new ArrayList<>();
        for (UpRecord record : records) {
            out.add(record.kind() == UpRecord.Kind.FACT ? fact(record, facts.get(record.id()), ids)
                    : record.kind() == UpRecord.Kind.ATTEMPT ? attempt(record, finished.get(record.id()), ids)
                    : record.kind() == UpRecord.Kind.ATTENDANCE ? attendance(record, marks.get(record.id()), ids)
                    : submission(record, handedIn.get(record.id()), ids));
        }
        return out;
    }

    private record Ids(Map<Long, Long> people, Map<Long, Long> courses, Map<Long, Long> items,
            Map<Long, Long> questions, Map<Long, Long> options, Map<Long, Long> sessions) {

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
                fact.source(), fact.courseVersion(), fact.occurredAt())), null, List.of(), null, null, false);
    }

    private Translated submission(UpRecord record, Optional<SubmissionRecords.HandedIn> now, Ids ids) {
        if (now.isEmpty()) {
            return Translated.gone(record);
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
                s.late(), files)), null, s.files(), NodeLinks.Kind.SUBMISSION, s.submission(), false);
    }

    private Translated attendance(UpRecord record, UpCapture.Mark mark, Ids ids) {
        String why = ids.missing(mark.person(), mark.course(), mark.item());
        if (why == null && !ids.sessions().containsKey(mark.session())) {
            why = "no national link for session " + mark.session();
        }
        if (why != null) {
            return Translated.held(record, why);
        }
        // The marker without a national link (a node's own teacher) is not named.
        return new Translated(record, write(UpChunk.Record.attendance(record.uid(), ids.people().get(mark.person()),
                ids.courses().get(mark.course()), ids.items().get(mark.item()), ids.sessions().get(mark.session()),
                mark.status(), mark.method(), mark.recordedBy() == null ? null : ids.people().get(mark.recordedBy()),
                mark.recordedAt())), null, List.of(), null, null, false);
    }

    private Translated attempt(UpRecord record, Optional<AttemptRecords.Finished> now, Ids ids) {
        if (now.isEmpty()) {
            return Translated.gone(record);
        }
        AttemptRecords.Finished a = now.get();
        String why = ids.missing(a.learner(), a.course(), a.item());
        List<UpChunk.AttemptAnswer> answers = new ArrayList<>();
        for (AttemptRecords.Answer answer : a.answers()) {
            if (why != null) {
                break;
            }
            List<Long> order = answer.optionOrder().stream().map(ids.options()::get).toList();
            List<Long> chosen = answer.options() ? AttemptRecords.ids(answer.response()).stream()
                    .map(ids.options()::get).toList() : List.of();
            if (!ids.questions().containsKey(answer.question())) {
                why = "no national link for question " + answer.question();
            } else if (order.stream().anyMatch(Objects::isNull) || chosen.stream().anyMatch(Objects::isNull)) {
                // (Not contains(null): an unmodifiable list throws on it, whatever it holds.)
                why = "no national link for an option of question " + answer.question();
            } else {
                answers.add(new UpChunk.AttemptAnswer(ids.questions().get(answer.question()), order,
                        answer.options() && answer.response() != null
                                ? String.join(",", chosen.stream().map(String::valueOf).toList()) : answer.response(),
                        answer.savedAt(), answer.earned()));
            }
        }
        if (why != null) {
            return Translated.held(record, why);
        }
        return new Translated(record, write(UpChunk.Record.attempt(record.uid(), ids.people().get(a.learner()),
                ids.courses().get(a.course()), ids.items().get(a.item()), a.startedAt(), a.deadline(),
                a.submittedAt(), a.late(), a.earned(), a.possible(), a.score(), a.passed(), answers)), null, List.of(),
                NodeLinks.Kind.ATTEMPT, a.attempt(), false);
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
