package org.surgalt.node.people;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.node.NodeApiResource;
import org.surgalt.node.NodeAuthenticator;
import org.surgalt.node.NodeCaller;

/** Results for a node's people, a page at a time after a cursor (signed request). */
@Path("/api/node/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeResultsApiResource {

    private final NodeAuthenticator authenticator;
    private final NodeResultsService results;

    NodeResultsApiResource(NodeAuthenticator authenticator, NodeResultsService results) {
        this.authenticator = authenticator;
        this.results = results;
    }

    @GET
    @Operation(summary = "Grades, feedback and national GRADED/WAIVED facts of the node's people after a cursor (signed request)")
    public NodeResultsService.Page page(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context UriInfo uri, @QueryParam("after") String after) {
        NodeCaller caller = authenticator.authenticate(authorization, "GET", NodeApiResource.target(uri), new byte[0]);
        return results.after(caller, after);
    }
}
