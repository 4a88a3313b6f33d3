package org.surgalt.discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.Layout;

/**
 * Following a forum or thread by mail (the forms on their pages), and a mail's "stop" link, which
 * works without signing in on its signed token alone: opening it only asks (mail scanners open
 * links); the button ends that one subscription.
 */
@Path("/discussion")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionResource {

    @CheckedTemplate(basePath = "DiscussionResource")
    static class Templates {
        static native TemplateInstance unsubscribe(String token, Optional<SubscriptionService.Signed> signed,
                boolean done);
    }

    private final SubscriptionService subscriptions;
    private final CurrentUser currentUser;
    private final Layout layout;

    SubscriptionResource(SubscriptionService subscriptions, CurrentUser currentUser, Layout layout) {
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @POST
    @Path("/forums/{forumId}/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Follow a forum by mail, each post or a daily digest (form)")
    public Response subscribeForum(@PathParam("forumId") long forumId, @FormParam("mode") String mode) {
        subscriptions.subscribeForum(currentUser.require(), forumId, mode);
        return DiscussionResource.seeOther("/discussion/forums/" + forumId);
    }

    @POST
    @Path("/forums/{forumId}/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Stop following a forum by mail (form)")
    public Response unsubscribeForum(@PathParam("forumId") long forumId) {
        subscriptions.unsubscribeForum(currentUser.require(), forumId);
        return DiscussionResource.seeOther("/discussion/forums/" + forumId);
    }

    @POST
    @Path("/threads/{threadId}/subscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Follow a thread by mail, each post or a daily digest (form)")
    public Response subscribeThread(@PathParam("threadId") long threadId, @FormParam("mode") String mode) {
        subscriptions.subscribeThread(currentUser.require(), threadId, mode);
        return DiscussionResource.seeOther("/discussion/threads/" + threadId);
    }

    @POST
    @Path("/threads/{threadId}/unsubscribe")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Stop following a thread by mail (form)")
    public Response unsubscribeThread(@PathParam("threadId") long threadId) {
        subscriptions.unsubscribeThread(currentUser.require(), threadId);
        return DiscussionResource.seeOther("/discussion/threads/" + threadId);
    }

    @GET
    @Path("/unsubscribe/{token}")
    @Operation(summary = "Ask whether to end the subscription a discussion mail's signed link names (HTML, no sign-in)")
    public Response ask(@PathParam("token") String token, @QueryParam("done") String done) {
        Optional<SubscriptionService.Signed> signed = subscriptions.signed(token);
        boolean finished = done != null && signed.isEmpty();
        return page(signed.isPresent() || finished ? 200 : 404, token, signed, finished);
    }

    @POST
    @Path("/unsubscribe/{token}")
    @Operation(summary = "End the subscription a discussion mail's signed link names (form, no sign-in)")
    public Response unsubscribe(@PathParam("token") String token) {
        if (!subscriptions.unsubscribe(token)) {
            return page(404, token, Optional.empty(), false);
        }
        return DiscussionResource.seeOther("/discussion/unsubscribe/" + token + "?done=1");
    }

    private Response page(int status, String token, Optional<SubscriptionService.Signed> signed, boolean done) {
        String body = layout.apply(Templates.unsubscribe(token, signed, done)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
