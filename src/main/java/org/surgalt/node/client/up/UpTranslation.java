package org.surgalt.node.client.up;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.surgalt.node.client.NodeLinks;
import org.surgalt.node.records.UpChunk;

/**
 * Records as the national server must read them: the node's local ids of people, courses and items
 * become national ids (node_link). A record whose person, course or item has no link cannot go up yet
 * and is held, with why.
 */
@ApplicationScoped
public class UpTranslation {

    /** A record ready to go, as JSON; or held (wire null) for {@code why}. */
    public record Translated(UpRecord record, String wire, String why) {
    }

    private final NodeLinks links;
    private final ObjectMapper json;

    UpTranslation(NodeLinks links, ObjectMapper json) {
        this.links = links;
        this.json = json;
    }

    public List<Translated> translate(List<UpRecord> records) {
        List<UpCapture.Fact> facts = new ArrayList<>();
        for (UpRecord record : records) {
            facts.add(read(record.payload()));
        }
        Map<Long, Long> people = links.nationalByLocal(NodeLinks.Kind.USER,
                facts.stream().map(UpCapture.Fact::person).distinct().toList());
        Map<Long, Long> courses = links.nationalByLocal(NodeLinks.Kind.COURSE,
                facts.stream().map(UpCapture.Fact::course).distinct().toList());
        Map<Long, Long> items = links.nationalByLocal(NodeLinks.Kind.ITEM,
                facts.stream().map(UpCapture.Fact::item).distinct().toList());
        List<Translated> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            UpCapture.Fact fact = facts.get(i);
            Long person = people.get(fact.person());
            Long course = courses.get(fact.course());
            Long item = items.get(fact.item());
            String why = person == null ? "no national link for person " + fact.person()
                    : course == null ? "no national link for course " + fact.course()
                    : item == null ? "no national link for item " + fact.item() : null;
            out.add(why != null ? new Translated(records.get(i), null, why)
                    : new Translated(records.get(i), write(new UpChunk.Record(records.get(i).uid(), "FACT", person,
                            course, item, fact.kind(), fact.score(), fact.source(), fact.courseVersion(),
                            fact.occurredAt())), null));
        }
        return out;
    }

    private UpCapture.Fact read(String payload) {
        try {
            return json.readValue(payload, UpCapture.Fact.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row the node wrote is not a fact: " + payload, e);
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
