package org.surgalt.node.client.people;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.node.client.SyncStep;

/**
 * People and cohorts down (issue 24, order 20: after content, so a cohort's course that came down in
 * this round is attached in it): the national scope, read whole and written in one transaction by
 * {@link PeopleApplier}; a round cut before the answer arrived writes nothing.
 */
@ApplicationScoped
public class PeopleStep implements SyncStep {

    static final String PATH = "/api/node/scope";

    private final NationalClient national;
    private final PeopleApplier applier;
    private final ObjectMapper json;

    PeopleStep(NationalClient national, PeopleApplier applier, ObjectMapper json) {
        this.national = national;
        this.applier = applier;
        this.json = json;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Direction direction() {
        return Direction.DOWN;
    }

    /** After content (10): a cohort's courses attach in the same round as the course first comes down. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public Outcome run(NodeIdentity node) throws IOException {
        NationalClient.Answer answer = national.send(node, "GET", PATH, new byte[0]);
        if (!answer.ok()) {
            return Outcome.unfinished("the national server answered " + answer.status());
        }
        ScopeAnswer scope;
        try {
            scope = json.readValue(answer.body(), ScopeAnswer.class);
        } catch (JacksonException e) {
            return Outcome.unfinished("the scope answer is not the expected JSON");
        }
        if (scope.institution() == null) {
            return Outcome.unfinished("the scope answer names no institution");
        }
        PeopleApplier.Applied applied = applier.apply(scope);
        return Outcome.done(applied.people() + " people, " + applied.cohorts() + " cohorts (" + applied.joined()
                + " joined, " + applied.left() + " left, " + applied.coursesAttached() + " courses attached)");
    }
}
