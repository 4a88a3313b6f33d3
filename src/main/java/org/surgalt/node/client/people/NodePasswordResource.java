package org.surgalt.node.client.people;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.node.client.NodeSiteAdmins;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/** The node's site admin sets a person's node password (node mode only; 404 on the national server). */
@Path("/node/people/password")
@Produces(MediaType.TEXT_HTML)
public class NodePasswordResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(String email, String saved, List<DomainException.FieldError> errors);
    }

    private final NodeSiteAdmins admins;
    private final NodePasswordService passwords;
    private final Layout layout;

    NodePasswordResource(NodeSiteAdmins admins, NodePasswordService passwords, Layout layout) {
        this.admins = admins;
        this.passwords = passwords;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The form for a person's node password (HTML, node mode, the node's site admins)")
    public TemplateInstance page(@QueryParam("saved") String saved) {
        admins.require();
        return layout.apply(Templates.password("", saved, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Set a person's password on this node (form: email, password)")
    public Response set(@FormParam("email") String email, @FormParam("password") String password) {
        Viewer viewer = admins.require();
        User person;
        try {
            person = passwords.set(viewer, email, password);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST,
                    Templates.password(email == null ? "" : email, null, e.formErrors()));
        }
        return Response.seeOther(URI.create("/node/people/password?saved="
                + URLEncoder.encode(person.email(), StandardCharsets.UTF_8))).build();
    }
}
