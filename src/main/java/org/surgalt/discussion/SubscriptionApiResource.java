package org.surgalt.discussion;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;

/** Following a forum or a thread by mail, in JSON: {"subscribed": true, "mode": "POST" | "DIGEST"}. */
@Path("/api/discussion")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubscriptionApiResource {

    /** The caller's subscription; mode null when not subscribed. */
    public record SubscriptionView(boolean subscribed, String mode) {
        static SubscriptionView of(java.util.Optional<String> mode) {
            return new SubscriptionView(mode.isPresent(), mode.orElse(null));
        }
    }

    /** What to subscribe with: "post" (the default) or "digest". */
    public record Choice(String mode) {
    }

    private final SubscriptionService subscriptions;
    private final CurrentUser currentUser;

    SubscriptionApiResource(SubscriptionService subscriptions, CurrentUser currentUser) {
        this.subscriptions = subscriptions;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/forums/{forumId}/subscription")
    @Operation(summary = "Whether and how the caller follows a forum by mail")
    public SubscriptionView forum(@PathParam("forumId") long forumId) {
        return SubscriptionView.of(subscriptions.ofForum(currentUser.require(), forumId));
    }

    @PUT
    @Path("/forums/{forumId}/subscription")
    @Operation(summary = "Follow a forum by mail (each post or a daily digest), or change how")
    public SubscriptionView subscribeForum(@PathParam("forumId") long forumId, Choice choice) {
        var viewer = currentUser.require();
        subscriptions.subscribeForum(viewer, forumId, choice == null ? null : choice.mode());
        return SubscriptionView.of(subscriptions.ofForum(viewer, forumId));
    }

    @DELETE
    @Path("/forums/{forumId}/subscription")
    @Operation(summary = "Stop following a forum by mail")
    public SubscriptionView unsubscribeForum(@PathParam("forumId") long forumId) {
        subscriptions.unsubscribeForum(currentUser.require(), forumId);
        return new SubscriptionView(false, null);
    }

    @GET
    @Path("/threads/{threadId}/subscription")
    @Operation(summary = "Whether and how the caller follows a thread by mail")
    public SubscriptionView thread(@PathParam("threadId") long threadId) {
        return SubscriptionView.of(subscriptions.ofThread(currentUser.require(), threadId));
    }

    @PUT
    @Path("/threads/{threadId}/subscription")
    @Operation(summary = "Follow a thread by mail (each post or a daily digest), or change how")
    public SubscriptionView subscribeThread(@PathParam("threadId") long threadId, Choice choice) {
        var viewer = currentUser.require();
        subscriptions.subscribeThread(viewer, threadId, choice == null ? null : choice.mode());
        return SubscriptionView.of(subscriptions.ofThread(viewer, threadId));
    }

    @DELETE
    @Path("/threads/{threadId}/subscription")
    @Operation(summary = "Stop following a thread by mail")
    public SubscriptionView unsubscribeThread(@PathParam("threadId") long threadId) {
        subscriptions.unsubscribeThread(currentUser.require(), threadId);
        return new SubscriptionView(false, null);
    }
}
