package org.surgalt.reporting.warning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.notification.NotificationKind;
import org.surgalt.notification.NotificationService;
import org.surgalt.web.Layout;

/**
 * The nudge mail's "turn these off" link: works without signing in, on the signed token alone.
 * Opening it only asks (mail scanners open links); the button turns the reminders off.
 */
@Path("/notifications/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unsubscribe(String token, String name, boolean valid, boolean done);
    }

    private final UnsubscribeLinks links;
    private final IdentityService identity;
    private final NotificationService notifications;
    private final Layout layout;

    UnsubscribeResource(UnsubscribeLinks links, IdentityService identity, NotificationService notifications,
            Layout layout) {
        this.links = links;
        this.identity = identity;
        this.notifications = notifications;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "Ask whether to stop the inactivity reminders of the person the token names (HTML)")
    public Response ask(@PathParam("token") String token, @QueryParam("done") String done) {
        Optional<User> user = person(token);
        return page(user.isPresent() ? 200 : 404, token, user, done != null);
    }

    @POST
    @Operation(summary = "Stop the inactivity reminders of the person the token names (form)")
    public Response stop(@PathParam("token") String token) {
        Optional<User> user = person(token);
        if (user.isEmpty()) {
            return page(404, token, user, false);
        }
        notifications.turn(user.get().id(), NotificationKind.INACTIVITY_NUDGE, false);
        return Response.seeOther(URI.create("/notifications/unsubscribe/" + token + "?done=1")).build();
    }

    private Optional<User> person(String token) {
        return links.userOf(token).flatMap(identity::findUser);
    }

    private Response page(int status, String token, Optional<User> user, boolean done) {
        String body = layout.apply(Templates.unsubscribe(token, user.map(User::displayName).orElse(""), user.isPresent(),
                done)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}
