package org.surgalt.xapi.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.surgalt.xapi.XapiRejected;

/** The document resources' answers: a document with its ETag and Last-Modified, an id list, 204. */
final class DocumentResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentResponses() {
    }

    static Response document(Optional<XapiDocument> found) {
        XapiDocument document = found.orElseThrow(() -> new XapiRejected(404, "No document has these parameters"));
        return Response.ok(document.content()).header(HttpHeaders.CONTENT_TYPE, document.contentType())
                .header(HttpHeaders.ETAG, document.quotedEtag()).lastModified(Date.from(document.updated()))
                // Documents change under the same URL: a cache must ask again.
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    static Response ids(List<String> ids) {
        ArrayNode array = JSON.createArrayNode();
        ids.forEach(array::add);
        return Response.ok(array.toString()).type("application/json").header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    static Response done() {
        return Response.noContent().build();
    }
}
