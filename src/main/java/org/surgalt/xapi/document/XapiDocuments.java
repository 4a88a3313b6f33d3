package org.surgalt.xapi.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * State documents for Surgalt itself (cmi5's {@code LMS.LaunchData}): written and read among the
 * site's own documents, where the content Surgalt launches finds them with its launch
 * credentials. A write replaces the document whatever it was, in the caller's transaction.
 */
@ApplicationScoped
public class XapiDocuments {

    private final DocumentService documents;

    XapiDocuments(DocumentService documents) {
        this.documents = documents;
    }

    /** Stores (or replaces) a state document; {@code registration} may be null. */
    @Transactional
    public void putState(String activityId, ObjectNode agent, String registration, String stateId, String contentType,
            byte[] body) {
        documents.put(key(activityId, agent, registration, stateId),
                new DocumentService.Write(contentType, body, Preconditions.NONE, false));
    }

    @Transactional
    public Optional<XapiDocument> state(String activityId, ObjectNode agent, String registration, String stateId) {
        return documents.get(key(activityId, agent, registration, stateId));
    }

    private static DocumentKey key(String activityId, ObjectNode agent, String registration, String stateId) {
        return new DocumentKey(null, DocumentKind.STATE, DocumentParameters.activityId(activityId),
                DocumentAgent.of(agent, true).ifi(), DocumentParameters.registration(registration),
                DocumentParameters.documentId("stateId", stateId));
    }
}
