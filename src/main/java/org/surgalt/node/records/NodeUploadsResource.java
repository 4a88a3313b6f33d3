package org.surgalt.node.records;

import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.node.NodeAuthenticator;
import org.surgalt.node.NodeCaller;
import org.surgalt.platform.DomainException;

/**
 * A node's files coming up, resumable (deploy/NODE-PROTOCOL.md §5): HEAD says how far the national side
 * has a file ({@code Upload-Offset}, or {@code Upload-Complete: true} once it is an asset); PUT adds
 * the next piece ({@code Content-Range: bytes first-last/total}, at most 1 MiB, signed like every node
 * request).
 */
@Path("/api/node/uploads/{sha256}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeUploadsResource {

    public static final String OFFSET = "Upload-Offset";
    public static final String COMPLETE = "Upload-Complete";
    static final int MAX_PIECE = 1024 * 1024;

    private final NodeAuthenticator authenticator;
    private final NodeUploadService uploads;

    NodeUploadsResource(NodeAuthenticator authenticator, NodeUploadService uploads) {
        this.authenticator = authenticator;
        this.uploads = uploads;
    }

    @HEAD
    @Operation(summary = "How far a node's file has come (signed request)")
    public Response head(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            @PathParam("sha256") String sha256) throws IOException {
        NodeCaller caller = authenticator.authenticate(authorization, "HEAD", NodeRecordsResource.target(uri),
                new byte[0]);
        return answer(uploads.state(caller, sha256), 200);
    }

    @PUT
    @Operation(summary = "The next piece of a node's file, at the offset the national side has (signed request)")
    public Response put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            @PathParam("sha256") String sha256, @HeaderParam("Content-Range") String range, InputStream stream)
            throws IOException {
        byte[] body = stream == null ? new byte[0] : stream.readNBytes(MAX_PIECE + 1);
        if (body.length > MAX_PIECE) {
            throw DomainException.tooLarge("A piece of a file is at most 1 MiB.");
        }
        NodeCaller caller = authenticator.authenticate(authorization, "PUT", NodeRecordsResource.target(uri), body);
        NodeUploadService.State state = uploads.put(caller, sha256, range, body);
        return answer(state, state.complete() ? 201 : 204);
    }

    private static Response answer(NodeUploadService.State state, int status) {
        Response.ResponseBuilder answer = Response.status(status).header(COMPLETE, Boolean.toString(state.complete()));
        if (!state.complete()) {
            answer.header(OFFSET, state.offset());
        }
        return answer.build();
    }
}
