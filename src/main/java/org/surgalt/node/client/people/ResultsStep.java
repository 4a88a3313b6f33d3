package org.surgalt.node.client.people;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.SyncStep;

/**
 * Results down (issue 24, order 40, after records up): pages of GET /api/node/results after the
 * node's cursor, each applied whole with the cursor after it ({@link ResultsApplier}); a round cut
 * between pages resumes after the last page applied.
 */
@ApplicationScoped
public class ResultsStep implements SyncStep {

    static final String PATH = "/api/node/results";
    /** Pages per round: a long backlog comes down over several rounds, the others' steps not starved. */
    static final int PAGES_PER_ROUND = 20;

    private final NationalClient national;
    private final ResultsApplier applier;
    private final ObjectMapper json;

    ResultsStep(NationalClient national, ResultsApplier applier, ObjectMapper json) {
        this.national = national;
        this.applier = applier;
        this.json = json;
    }

    @Override
    public String name() {
        return "results";
    }

    @Override
    public Direction direction() {
        return Direction.DOWN;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Outcome run(NodeIdentity node) throws IOException {
        int facts = 0;
        int grades = 0;
        int conflicts = 0;
        for (int pages = 0; pages < PAGES_PER_ROUND; pages++) {
            String cursor = applier.cursor();
            NationalClient.Answer answer = national.send(node, "GET", cursor.isEmpty() ? PATH
                    : PATH + "?after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), new byte[0]);
            if (!answer.ok()) {
                return Outcome.unfinished("the national server answered " + answer.status());
            }
            ResultsPage page;
            try {
                page = json.readValue(answer.body(), ResultsPage.class);
            } catch (JacksonException e) {
                return Outcome.unfinished("the results answer is not the expected JSON");
            }
            ResultsApplier.Applied applied = applier.apply(page);
            if (applied.waitingFor().isPresent()) {
                return Outcome.unfinished("waiting for the content of national course " + applied.waitingFor().get());
            }
            facts += applied.facts();
            grades += applied.grades();
            conflicts += applied.conflicts();
            if (!page.more()) {
                return Outcome.done(facts + " facts, " + grades + " grades (" + conflicts + " conflicts)");
            }
        }
        return Outcome.unfinished(facts + " facts, " + grades + " grades so far; more next round");
    }
}
