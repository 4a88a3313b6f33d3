package org.surgalt.xapi.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What names one document: the institution whose documents it is among (null: the site's own), the
 * resource, and that resource's parameters. {@code agent} is the agent's identifier as
 * {@link DocumentAgent#ifi()}; parts a resource does not have are null.
 */
record DocumentKey(Long institutionId, DocumentKind kind, String activityId, String agent, String registration,
        String documentId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The SHA-256 that is the document's unique key in the table. */
    byte[] key() {
        return sha256(parts().add(registration).add(documentId));
    }

    /**
     * The SHA-256 of the parts an id list or the State resource's delete-all names: institution,
     * resource, activity and agent, without registration (a list without one names every
     * registration's documents).
     */
    byte[] set() {
        return sha256(parts());
    }

    /** The same documents' set, whatever the document id and registration. */
    DocumentKey withDocument(String id) {
        return new DocumentKey(institutionId, kind, activityId, agent, registration, id);
    }

    private ArrayNode parts() {
        ArrayNode parts = JSON.createArrayNode();
        return parts.add(institutionId == null ? "site" : institutionId.toString()).add(kind.name()).add(activityId)
                .add(agent);
    }

    private static byte[] sha256(ArrayNode parts) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(parts.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
