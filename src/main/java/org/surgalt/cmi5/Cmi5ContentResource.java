package org.surgalt.cmi5;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.contentorigin.PackageFiles;

/**
 * The content origin's cmi5 routes (contentorigin/ContentOriginGate lets them answer there only):
 * the AU files of zipped courses and the fetch URL. Nothing here reads a cookie: files are
 * addressed by the package's SHA-256, the fetch URL carries a signed launch token.
 */
@Path("/cmi5")
public class Cmi5ContentResource {

    private final FetchService fetches;
    private final PackageFiles files;

    Cmi5ContentResource(FetchService fetches, PackageFiles files) {
        this.fetches = fetches;
        this.files = files;
    }

    @POST
    @Path("fetch/{token}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "cmi5 fetch URL (content origin): the AU session's auth-token, once; later calls get "
            + "the cmi5 error JSON")
    public Response fetch(@PathParam("token") String token) {
        return Response.ok(fetches.fetch(token)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("files/{sha256}/{path: .+}")
    @Operation(summary = "A file of a zipped cmi5 course's AUs (content origin; Range supported)")
    public Response file(@PathParam("sha256") String sha256, @PathParam("path") String path,
            @HeaderParam("Range") String range) {
        return files.serve(sha256, path, range);
    }
}
