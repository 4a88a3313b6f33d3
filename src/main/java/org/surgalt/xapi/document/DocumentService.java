package org.surgalt.xapi.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.surgalt.xapi.XapiRejected;

/**
 * The document resources' rules: PUT replaces, POST merges JSON objects, DELETE removes, each
 * under the request's preconditions and xAPI's rules on writes without them; a refused request
 * changes nothing. Who may name which key is {@link DocumentAccess}'s business, before this.
 */
@ApplicationScoped
class DocumentService {

    /** A write's body as sent, its preconditions, and whether the request speaks xAPI 2.0. */
    public record Write(String contentType, byte[] content, Preconditions preconditions, boolean v2) {
    }

    private final DocumentStore store;

    DocumentService(DocumentStore store) {
        this.store = store;
    }

    @Transactional
    public Optional<XapiDocument> get(DocumentKey key) {
        return store.find(key, false);
    }

    @Transactional
    public List<String> ids(DocumentKey set, Instant since) {
        return store.ids(set, since);
    }

    @Transactional
    public void put(DocumentKey key, Write write) {
        String type = DocumentContent.typeOf(write.contentType());
        checkSize(write.content());
        if (DocumentContent.isJson(type) && !DocumentContent.isValidJson(write.content())) {
            throw new XapiRejected(400, "The document's Content-Type is application/json, but it is not JSON");
        }
        store(key, current -> {
            write.preconditions().check(current);
            if (write.preconditions().none()) {
                // xAPI: a bare PUT never silently overwrites a profile (nor, in 2.0, a state); and in
                // xAPI 1.0.3 (ADL's suite) a profile PUT must always say what it expects.
                boolean profile = key.kind() != DocumentKind.STATE;
                if (current.isPresent() && (profile || write.v2())) {
                    throw new XapiRejected(409, "The document exists already. Read it, then send If-Match with"
                            + " its ETag to replace it");
                }
                if (current.isEmpty() && profile) {
                    throw new XapiRejected(write.v2() ? 428 : 400, "A PUT to a profile needs If-Match (the ETag of"
                            + " the document it replaces) or If-None-Match: * (to create it only if it is new)");
                }
            }
            return new Content(type, write.content());
        });
    }

    @Transactional
    public void post(DocumentKey key, Write write) {
        String type = DocumentContent.typeOf(write.contentType());
        checkSize(write.content());
        boolean json = DocumentContent.isJson(type);
        ObjectNode posted = json ? DocumentContent.object(write.content()) : null;
        if (json && posted == null) {
            throw new XapiRejected(400, "The document's Content-Type is application/json, but it is not a JSON object");
        }
        store(key, current -> {
            write.preconditions().check(current);
            if (current.isEmpty()) {
                return new Content(type, write.content());
            }
            ObjectNode stored = current.get().isJson() ? DocumentContent.object(current.get().content()) : null;
            if (posted == null || stored == null) {
                throw new XapiRejected(400, "POST merges JSON objects: both the stored document and the posted one"
                        + " must be JSON objects with the Content-Type application/json; use PUT to replace it");
            }
            return new Content(DocumentContent.JSON_TYPE, DocumentContent.merge(stored, posted));
        });
    }

    @Transactional
    public void delete(DocumentKey key, Preconditions preconditions) {
        Optional<XapiDocument> current = locked(key);
        preconditions.check(current);
        if (current.isPresent()) {
            store.delete(key);
        }
    }

    /** The State resource's delete without a stateId: every state of the activity and agent (and registration). */
    @Transactional
    public void deleteAll(DocumentKey set) {
        store.deleteAll(set);
    }

    private record Content(String type, byte[] bytes) {
    }

    private interface Decision {
        Content decide(Optional<XapiDocument> current);
    }

    /**
     * Decides on the document as it is, locked, and stores the result. A document made by another
     * request between the look and the insert is decided on again, as it then is.
     */
    private void store(DocumentKey key, Decision decision) {
        for (int round = 0; round < 3; round++) {
            // After a lost race, a locking read: it sees the other request's document, which the
            // transaction's snapshot would not.
            Optional<XapiDocument> current = round == 0 ? locked(key) : store.find(key, true);
            Content content = decision.decide(current);
            Instant now = Instant.now();
            if (current.isPresent()) {
                store.replace(key, content.type(), content.bytes(), now);
                return;
            }
            if (store.insert(key, content.type(), content.bytes(), now)) {
                return;
            }
        }
        throw new XapiRejected(409, "The document is being written by another request; send yours again");
    }

    /**
     * The document, locked when it exists. A plain read comes first because a locking read of a
     * missing key would lock the gap around it, and two requests creating the same document
     * would then deadlock instead of one waiting for the other at the insert.
     */
    private Optional<XapiDocument> locked(DocumentKey key) {
        Optional<XapiDocument> seen = store.find(key, false);
        return seen.isEmpty() ? seen : store.find(key, true);
    }

    private static void checkSize(byte[] content) {
        if (content.length > DocumentContent.MAX_BYTES) {
            throw new XapiRejected(413, "A document may have at most " + DocumentContent.MAX_BYTES + " bytes");
        }
    }
}
