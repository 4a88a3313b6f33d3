package org.surgalt.node.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/**
 * The node's setup (node mode only): its site admin types the national server's address (unless a
 * setting gives it) and the one-time enrolment code; the node enrols and goes to its status page.
 */
@Path("/node/setup")
@Produces(MediaType.TEXT_HTML)
public class NodeSetupResource {

    @CheckedTemplate
    static class Templates {
        /** enrolled: and trusted; refused: enrolled, but the national server refuses it (enrol again). */
        static native TemplateInstance setup(boolean enrolled, boolean refused, boolean askUrl, String configuredUrl, SetupForm form,
                List<DomainException.FieldError> errors);
    }

    public record SetupForm(String nationalUrl, String code) {
    }

    private final NodeSiteAdmins admins;
    private final NodeSetupService setup;
    private final NodeClientConfig config;
    private final Layout layout;

    NodeSetupResource(NodeSiteAdmins admins, NodeSetupService setup, NodeClientConfig config, Layout layout) {
        this.admins = admins;
        this.setup = setup;
        this.config = config;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The node's setup page (HTML, node mode): enrol with the national server")
    public TemplateInstance page() {
        admins.require();
        return page(new SetupForm("", ""), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Enrol this node with the national server (form: its address, the one-time code)")
    public Response enrol(@FormParam("nationalUrl") String nationalUrl, @FormParam("code") String code) {
        Viewer viewer = admins.require();
        SetupForm form = new SetupForm(nationalUrl == null ? "" : nationalUrl, code == null ? "" : code);
        try {
            setup.enrol(viewer, form.nationalUrl(), form.code());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return layout.render(Response.Status.fromStatusCode(e.kind().status), page(form, e.formErrors()));
        }
        return Response.seeOther(URI.create("/node/status")).build();
    }

    private TemplateInstance page(SetupForm form, List<DomainException.FieldError> errors) {
        String configured = config.nationalUrl().filter(u -> !u.isBlank()).orElse(null);
        Optional<NodeIdentity> current = setup.current();
        boolean refused = current.filter(NodeIdentity::refused).isPresent();
        return layout.apply(Templates.setup(current.isPresent() && !refused, refused, configured == null, configured,
                form, errors));
    }
}
