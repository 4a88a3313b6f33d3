package org.surgalt.h5p;

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
import org.surgalt.web.Language;

/** The application's door to an H5P item: a redirect to the player on the content origin, with a token for this learner. */
@Path("/courses/{code}/h5p/{itemId}")
public class H5pLaunchResource {

    private final H5pLaunchService launches;
    private final CurrentUser currentUser;
    private final ContentOrigin origin;
    private final Language language;

    H5pLaunchResource(H5pLaunchService launches, CurrentUser currentUser, ContentOrigin origin, Language language) {
        this.launches = launches;
        this.currentUser = currentUser;
        this.origin = origin;
        this.language = language;
    }

    @GET
    @Path("launch")
    @Operation(summary = "Open an H5P item: redirects to the player on the content origin, resuming the learner's "
            + "saved state; version=draft plays the draft's package for its authors and reviewers, never counted")
    public Response launch(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("version") String version, @Context HttpServerRequest request) {
        String token = launches.launch(currentUser.require(), code, itemId, language.locale().getLanguage(),
                "draft".equals(version));
        return Response.seeOther(URI.create(origin.contentFor(request) + "/h5p/launch/" + token))
                .header("Cache-Control", "no-store").build();
    }
}
