package org.surgalt.node.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.node.NodeAuthenticator;
import org.surgalt.node.NodeCaller;
import org.surgalt.platform.DomainException;

/** Learner records coming up from school nodes (deploy/NODE-PROTOCOL.md §5); signed requests only. */
@Path("/api/node/records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeRecordsResource {

    /** A chunk is at most 1 MiB; read only this far before the signature is checked. */
    static final int MAX_CHUNK_BYTES = 1024 * 1024;

    private final NodeAuthenticator authenticator;
    private final NodeRecordService records;
    private final ObjectMapper json;

    NodeRecordsResource(NodeAuthenticator authenticator, NodeRecordService records, ObjectMapper json) {
        this.authenticator = authenticator;
        this.records = records;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A chunk of a node's learner records (≤ 500 or ≤ 1 MiB), applied once per uid (signed request)")
    public UpChunk.Answer post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            InputStream stream) throws IOException {
        byte[] body = stream == null ? new byte[0] : stream.readNBytes(MAX_CHUNK_BYTES + 1);
        if (body.length > MAX_CHUNK_BYTES) {
            throw DomainException.tooLarge("A chunk of records is at most 1 MiB.");
        }
        NodeCaller caller = authenticator.authenticate(authorization, "POST", target(uri), body);
        UpChunk.Request chunk;
        try {
            chunk = json.readValue(body, UpChunk.Request.class);
        } catch (IOException e) {
            throw DomainException.invalid("records", "The chunk is not JSON of records.");
        }
        return records.apply(caller, chunk);
    }

    /** The path and query as the node sent them (htu). */
    static String target(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
