package org.surgalt.scorm;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.contentorigin.ContentOrigin;
import org.surgalt.h5p.H5pLaunchService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.Language;

/**
 * The application's doors to a package: launching it (a redirect to the player on the content
 * origin, with a token made for this learner and attempt) and starting a new attempt.
 */
@Path("/courses/{code}/packages/{itemId}")
public class ScormLaunchResource {

    private final LaunchService launches;
    private final CurrentUser currentUser;
    private final ContentOrigin origin;
    private final Language language;
    private final H5pLaunchService h5p;

    ScormLaunchResource(LaunchService launches, CurrentUser currentUser, ContentOrigin origin, Language language,
            H5pLaunchService h5p) {
        this.h5p = h5p;
        this.launches = launches;
        this.currentUser = currentUser;
        this.origin = origin;
        this.language = language;
    }

    @GET
    @Path("launch")
    @Operation(summary = "Open a SCORM package item: resumes the learner's open attempt (or starts the first) and "
            + "redirects to the player on the content origin; version=draft plays the draft's package for its authors "
            + "and reviewers, never counted")
    public Response launch(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("version") String version, @Context HttpServerRequest request) {
        boolean draft = "draft".equals(version);
        if (h5p.isH5p(currentUser.require(), code, itemId, draft)) {
            // The item editor's "try it" and older links name this door for every package.
            return Response.seeOther(URI.create("/courses/" + code + "/h5p/" + itemId + "/launch"
                    + (draft ? "?version=draft" : ""))).header("Cache-Control", "no-store").build();
        }
        String token = launches.launch(currentUser.require(), code, itemId, language.locale().getLanguage(), draft);
        return Response.seeOther(URI.create(origin.contentFor(request) + "/scorm/launch/" + token))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Start a new attempt at a SCORM package item, closing the open one, where the item allows "
            + "another (form)")
    public Response newAttempt(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        launches.newAttempt(currentUser.require(), code, itemId);
        return Response.seeOther(URI.create("/courses/" + code + "/items/" + itemId + "?attempt=new")).build();
    }
}
