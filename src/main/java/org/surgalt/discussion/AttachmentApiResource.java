package org.surgalt.discussion;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;

/** A tus upload attached to one's own post, in JSON (the plain form is {@link AttachmentResource}). */
@Path("/api/discussion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Discussions")
public class AttachmentApiResource {

    public record NewAttachment(String upload) {
    }

    /** {@code state}: ready, pending (being checked) or rejected (with {@code rejection}). */
    public record AttachmentJson(long id, long postId, String filename, String state, String rejection, String link) {
        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.id(), a.postId(), a.filename(),
                    a.ready() ? "ready" : a.pending() ? "pending" : "rejected", a.rejection(),
                    "/discussion/attachments/" + a.id());
        }
    }

    private final AttachmentService attachments;
    private final CurrentUser currentUser;

    AttachmentApiResource(AttachmentService attachments, CurrentUser currentUser) {
        this.attachments = attachments;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/posts/{postId}/attachments")
    @Operation(summary = "Attach one of the caller's uploads (tus, kind file) to their own post")
    public RestResponse<AttachmentJson> attach(@PathParam("postId") long postId, NewAttachment input) {
        Attachment a = attachments.attach(currentUser.require(), postId, input == null ? null : input.upload());
        return RestResponse.ResponseBuilder.<AttachmentJson>created(URI.create("/discussion/attachments/" + a.id()))
                .entity(AttachmentJson.of(a)).build();
    }
}
