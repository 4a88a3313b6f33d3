package org.surgalt.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.surgalt.xapi.LaunchScope;
import org.surgalt.xapi.XapiRejected;
import org.surgalt.xapi.document.DocumentRequested;

/**
 * What an AU may do with documents in the LRS (cmi5 8.2 and 11), beyond the documents' own rule
 * that it reads LMS.LaunchData but never changes it: nothing once its session has ended; the
 * learner's preferences are the LMS's,
 * which the AU reads at startup (noted, since "initialized" must come after) and may not change
 * (11.0: the LMS may refuse such changes with 403).
 */
@ApplicationScoped
class DocumentRules {

    static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private final Cmi5Store store;

    DocumentRules(Cmi5Store store) {
        this.store = store;
    }

    @Transactional
    void requested(@Observes DocumentRequested event) {
        LaunchScope scope = event.caller().launch();
        if (scope == null || !Cmi5LaunchService.KIND.equals(scope.kind())) {
            return;
        }
        // Signed by us and naming no session (made outside a launch): no session, no session rules.
        Cmi5Store.Cmi5Session session = store.session(scope.recordId(), false)
                .filter(s -> s.userId() == scope.userId()).orElse(null);
        if (session == null) {
            return;
        }
        if (session.ended()) {
            throw new XapiRejected(403, "The AU session has ended; its credentials no longer work");
        }
        if ("AGENT_PROFILE".equals(event.kind()) && LEARNER_PREFERENCES.equals(event.documentId())) {
            if (event.write()) {
                throw new XapiRejected(403, "The learner's preferences are kept by the LMS; an AU may not change them");
            }
            store.prefsRead(session.id());
        }
    }
}
