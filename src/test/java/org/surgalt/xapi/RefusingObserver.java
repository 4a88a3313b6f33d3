package org.surgalt.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Refuses statements with its verb, as cmi5 refuses an AU's statements out of order (for StatementRulesTest). */
@ApplicationScoped
public class RefusingObserver {

    static final String VERB = "http://test.surgalt/verbs/refused-by-observer";

    void refuse(@Observes StatementsStored stored) {
        if (stored.statements().stream().anyMatch(s -> VERB.equals(s.statement().path("verb").path("id").asText()))) {
            throw new XapiRejected(403, "refused by the test observer");
        }
    }
}
