package org.surgalt.node;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/**
 * The site admins' dashboard of school nodes: each node's state, last contact and backlog; a form to
 * register one (its enrolment code shown once); revoking, confirmed by a box to tick.
 */
@Path("/admin/nodes")
@Produces(MediaType.TEXT_HTML)
public class NodeAdminResource {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance nodes(List<NodeRows.Row> nodes, NodeForm form, Shown registered,
                List<DomainException.FieldError> errors);
    }

    public record NodeForm(String name, String institution) {
        static final NodeForm EMPTY = new NodeForm("", "");
    }

    /** The code of a node just registered, with when it expires. */
    public record Shown(String name, String code, String expires) {
    }

    private final NodeRegistryService registry;
    private final NodeRows rows;
    private final CurrentUser currentUser;
    private final Layout layout;

    NodeAdminResource(NodeRegistryService registry, NodeRows rows, CurrentUser currentUser, Layout layout) {
        this.registry = registry;
        this.rows = rows;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The school nodes page (HTML): last contact and backlog of each")
    public TemplateInstance page() {
        return layout.apply(Templates.nodes(rows.of(currentUser.require()), NodeForm.EMPTY, null, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Register a school node (form); the page shows its enrolment code this once")
    public Response register(@FormParam("name") String name, @FormParam("institution") String institution) {
        Viewer viewer = currentUser.require();
        NodeForm form = new NodeForm(name == null ? "" : name, institution == null ? "" : institution);
        try {
            NodeRegistryService.Registered registered = registry.register(viewer, form.name(), form.institution());
            // The code is in this response only: no redirect, so it is never in a URL or a later page.
            Shown shown = new Shown(registered.node().name(), registered.code(),
                    WHEN.format(registered.node().codeExpires()));
            return layout.render(Response.Status.OK, Templates.nodes(rows.of(viewer), NodeForm.EMPTY, shown, List.of()));
        } catch (DomainException e) {
            return refused(viewer, form, e);
        }
    }

    @POST
    @Path("/{nodeId}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Revoke a school node (form, with its confirmation box ticked)")
    public Response revoke(@PathParam("nodeId") long id, @FormParam("confirm") String confirm) {
        Viewer viewer = currentUser.require();
        try {
            registry.revoke(viewer, id, confirm != null && !confirm.isBlank());
        } catch (DomainException e) {
            return refused(viewer, NodeForm.EMPTY, e);
        }
        return Response.seeOther(URI.create("/admin/nodes")).build();
    }

    /** Bad input: the page again with the reasons and what was typed; anything else goes to the error page. */
    private Response refused(Viewer viewer, NodeForm form, DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID) {
            throw e;
        }
        return layout.render(Response.Status.BAD_REQUEST, Templates.nodes(rows.of(viewer), form, null, e.formErrors()));
    }
}
