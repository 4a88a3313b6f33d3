package org.surgalt.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.web.Layout;

/** Which emails a person wants: one checkbox per kind. */
@Path("/account/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPreferencesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(List<Choice> choices, boolean saved);
    }

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Layout layout;

    NotificationPreferencesResource(NotificationService notifications, CurrentUser currentUser, Layout layout) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The page to choose which emails one gets (HTML)")
    public TemplateInstance page(@QueryParam("saved") String saved) {
        Viewer viewer = currentUser.require();
        List<Choice> choices = notifications.preferences(viewer.userId()).entrySet().stream()
                .map(entry -> new Choice(entry.getKey().id(), entry.getValue())).toList();
        return layout.apply(Templates.preferences(choices, saved != null));
    }

    /** A checkbox that is not ticked is not sent: every kind not named is turned off. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Choose which emails one gets (form: kind=feedback-released&kind=...)")
    public Response save(@FormParam("kind") List<String> kinds) {
        Viewer viewer = currentUser.require();
        Set<NotificationKind> wanted = EnumSet.noneOf(NotificationKind.class);
        if (kinds != null) {
            kinds.forEach(id -> NotificationKind.fromId(id).ifPresent(wanted::add));
        }
        notifications.setPreferences(viewer.userId(), wanted);
        return Response.seeOther(URI.create("/account/notifications?saved=1")).build();
    }

    /** {@code kind}: the kind's id, which also picks its label in the template. */
    public record Choice(String kind, boolean on) {
    }
}
