package org.surgalt.assignment.peer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.surgalt.reporting.CsvWriter;

/** The graders' CSV of an assignment's assessments: the assessor's cell is empty when the assessment is anonymous. */
final class PeerCsv {

    private PeerCsv() {
    }

    static String of(PeerGradingService.Overview o) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        try {
            csv.record(Arrays.asList("submission", "learner", "assessor", "role", "points", "override_points",
                    "override_reason", "assessed_at"));
            for (PeerAssessment a : o.assessments()) {
                long learner = o.authors().getOrDefault(a.submissionId(), 0L);
                boolean named = !o.settings().anonymous() || a.role() == PeerAssessment.Role.TEACHER;
                csv.record(Arrays.asList(a.submissionId(), o.names().get(learner),
                        named ? o.names().get(a.assessorId()) : null, a.role().name().toLowerCase(Locale.ROOT),
                        a.points(), a.overridePoints(), a.overrideReason(),
                        a.assessedAt() == null ? null : a.assessedAt().toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
