package org.surgalt.node.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.content.AssetStore;
import org.surgalt.course.ItemFileResource;
import org.surgalt.node.NodeAuthenticator;
import org.surgalt.node.NodeCaller;

/**
 * Content down to school nodes (deploy/NODE-PROTOCOL.md §6), signed requests only: the catalog of the
 * node's courses, one version's content, and the files those versions use, by ranges. Rooted at
 * {@code /api} as NodeApiResource is: a longer root ({@code /api/node}) would take every /api/node/
 * path from it.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeCatalogApiResource {

    private final NodeAuthenticator authenticator;
    private final NodeCatalogService catalog;
    private final AssetStore store;

    NodeCatalogApiResource(NodeAuthenticator authenticator, NodeCatalogService catalog, AssetStore store) {
        this.authenticator = authenticator;
        this.catalog = catalog;
        this.store = store;
    }

    @GET
    @Path("/node/catalog")
    @Operation(summary = "The current published versions of the node's courses, with fingerprints and files (signed request)")
    public List<NodeCatalogService.Entry> catalog(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context UriInfo uri) {
        return catalog.catalog(caller(authorization, uri));
    }

    @GET
    @Path("/node/courses/{code}/versions/{number}")
    @Operation(summary = "One published version of a course in the node's scope, with national ids and quiz and assignment settings (signed request)")
    public Response version(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            @PathParam("code") String code, @PathParam("number") int number) {
        byte[] body = catalog.version(caller(authorization, uri), code, number);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/node/files/{sha256}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A file a version in the node's scope uses, whole or by Range (206 with Content-Range) (signed request)")
    public Response file(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            @PathParam("sha256") String sha256, @HeaderParam("Range") String range) throws IOException {
        return ItemFileResource.serve(store, catalog.file(caller(authorization, uri), sha256), range, null);
    }

    private NodeCaller caller(String authorization, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        String target = uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return authenticator.authenticate(authorization, "GET", target, new byte[0]);
    }
}
