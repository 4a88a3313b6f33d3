package org.surgalt.discussion;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;

/**
 * The thread page's moderation forms. The reason is a required field of each form, so a browser
 * does not send one without it; a request that does is refused on the error page.
 */
@Path("/discussion")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ModerationResource {

    private final ModerationService moderation;
    private final CurrentUser currentUser;

    ModerationResource(ModerationService moderation, CurrentUser currentUser) {
        this.moderation = moderation;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/posts/{postId}/report")
    @Operation(summary = "Report a post to the forum's moderators (form)")
    public Response report(@PathParam("postId") long postId, @FormParam("reason") String reason) {
        moderation.report(currentUser.require(), postId, reason);
        return toPost(postId);
    }

    @POST
    @Path("/posts/{postId}/hide")
    @Operation(summary = "Hide a post from learners, with a reason (form, moderators)")
    public Response hide(@PathParam("postId") long postId, @FormParam("reason") String reason) {
        moderation.hide(currentUser.require(), postId, reason, true);
        return toPost(postId);
    }

    @POST
    @Path("/posts/{postId}/unhide")
    @Operation(summary = "Show a hidden post again, with a reason (form, moderators)")
    public Response unhide(@PathParam("postId") long postId, @FormParam("reason") String reason) {
        moderation.hide(currentUser.require(), postId, reason, false);
        return toPost(postId);
    }

    @POST
    @Path("/threads/{threadId}/lock")
    @Operation(summary = "Lock or unlock a thread, with a reason (form, moderators)")
    public Response lock(@PathParam("threadId") long threadId, @FormParam("locked") boolean locked,
            @FormParam("reason") String reason) {
        moderation.lock(currentUser.require(), threadId, reason, locked);
        return DiscussionResource.seeOther("/discussion/threads/" + threadId);
    }

    @POST
    @Path("/threads/{threadId}/move")
    @Operation(summary = "Move a thread to another forum of the same course, with a reason (form, moderators)")
    public Response move(@PathParam("threadId") long threadId, @FormParam("forumId") long forumId,
            @FormParam("reason") String reason) {
        moderation.move(currentUser.require(), threadId, forumId, reason);
        return DiscussionResource.seeOther("/discussion/threads/" + threadId);
    }

    private Response toPost(long postId) {
        return DiscussionResource.seeOther("/discussion/threads/" + moderation.threadOf(postId) + "#post-" + postId);
    }
}
