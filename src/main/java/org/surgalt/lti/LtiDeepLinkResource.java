package org.surgalt.lti;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;

/** Deep Linking 2.0: an author opens the tool of a draft's LTI item to choose content; the tool posts its choice back. */
@Path("/")
public class LtiDeepLinkResource {

    private final LtiLaunchService launches;
    private final LtiDeepLinkService deepLinks;
    private final CurrentUser currentUser;

    LtiDeepLinkResource(LtiLaunchService launches, LtiDeepLinkService deepLinks, CurrentUser currentUser) {
        this.launches = launches;
        this.deepLinks = deepLinks;
        this.currentUser = currentUser;
    }

    @GET
    @Path("lti/deep-linking/{code}/{itemId}")
    @Operation(summary = "Open the tool of a draft's LTI item to choose content (a deep linking request)")
    public Response start(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        return LtiLaunchResource.toLogin(launches.startDeepLinking(currentUser.require(), code, itemId));
    }

    @POST
    @Path("lti/deep-links/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The tool's deep linking response (a JWT it signed); back to the item's editor")
    public Response answer(@FormParam("JWT") String jwt) {
        LtiDeepLinkService.Chosen chosen = deepLinks.accept(jwt);
        return Response.seeOther(URI.create("/author/courses/" + chosen.courseCode() + "/items/" + chosen.itemId()
                + "?saved=true")).build();
    }
}
