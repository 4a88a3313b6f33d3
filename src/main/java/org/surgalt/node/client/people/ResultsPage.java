package org.surgalt.node.client.people;

import java.time.Instant;
import java.util.List;

/** One page of GET /api/node/results as the node reads it (deploy/NODE-PROTOCOL.md §7); ids are national. */
public record ResultsPage(List<Fact> facts, List<Grade> grades, String cursor, boolean more) {

    public record Fact(long id, long person, long course, long item, String kind, Integer score, int courseVersion,
            Instant occurredAt) {
    }

    public record Grade(long submission, long person, int points, int maxPoints, String feedback, Instant gradedAt,
            boolean released) {
    }

    List<Fact> factsOrNone() {
        return facts == null ? List.of() : facts;
    }

    List<Grade> gradesOrNone() {
        return grades == null ? List.of() : grades;
    }
}
