package org.surgalt.cmi5;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.contentorigin.ContentOrigin;
import org.surgalt.identity.CurrentUser;

/** The application's door to an AU: launching it is a redirect to the AU's launch URL (a plain link, no script). */
@Path("/courses/{code}/cmi5/{itemId}")
public class Cmi5LaunchResource {

    private final Cmi5LaunchService launches;
    private final CurrentUser currentUser;
    private final ContentOrigin origin;

    Cmi5LaunchResource(Cmi5LaunchService launches, CurrentUser currentUser, ContentOrigin origin) {
        this.launches = launches;
        this.currentUser = currentUser;
        this.origin = origin;
    }

    @GET
    @Path("launch")
    @Operation(summary = "Launch a cmi5 AU item: a new session in the learner's registration (abandoning one left "
            + "open), LMS.LaunchData, the launched statement, and a redirect to the AU's launch URL; mode=normal, "
            + "browse or review")
    public Response launch(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("mode") String mode, @Context HttpServerRequest request) {
        String app = request.scheme() + "://" + request.authority().toString();
        String url = launches.launch(currentUser.require(), code, itemId, mode,
                new Cmi5LaunchService.Origins(app, origin.contentFor(request)));
        return Response.seeOther(URI.create(url)).header("Cache-Control", "no-store").build();
    }
}
