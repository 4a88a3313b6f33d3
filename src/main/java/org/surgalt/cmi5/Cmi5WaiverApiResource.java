package org.surgalt.cmi5;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;

/** Waiving a cmi5 AU for a learner, for API clients. */
@Path("/api/courses/{courseId}/cmi5")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5")
public class Cmi5WaiverApiResource {

    private final WaiverService waivers;
    private final CurrentUser currentUser;

    Cmi5WaiverApiResource(WaiverService waivers, CurrentUser currentUser) {
        this.waivers = waivers;
        this.currentUser = currentUser;
    }

    /** {@code learner}: the enrolled learner's user id; {@code reason}: as cmi5 9.5.5.2 names them. */
    public record WaiverRequest(Long learner, String reason) {
    }

    @POST
    @Path("{itemId}/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waive a cmi5 AU for an enrolled learner (course authors and graders); the reason is one of "
            + "Tested Out, Equivalent AU, Equivalent Outside Activity, Administrative")
    public Response waive(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            WaiverRequest request) {
        WaiverRequest given = request == null ? new WaiverRequest(null, null) : request;
        waivers.waive(currentUser.require(), courseId, itemId, given.learner(), given.reason());
        return Response.noContent().build();
    }

}
