package org.surgalt.lti;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/** The site admins' page of LTI tools: the list, registering a tool, disabling one. */
@Path("/admin/lti-tools")
@Produces(MediaType.TEXT_HTML)
public class LtiToolResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tools(List<LtiTool> tools, ToolForm form, PlatformEndpoints platform,
                List<DomainException.FieldError> errors);
    }

    /** What an admin gives the tool's maker: the platform's side of the registration. */
    public record PlatformEndpoints(String issuer, String authorize, String jwks) {
        static PlatformEndpoints of(Issuer issuer) {
            String iss = issuer.value();
            return new PlatformEndpoints(iss, iss + "/lti/authorize", iss + "/lti/jwks");
        }
    }

    /** The form's fields. */
    public static class Fields {
        @FormParam("name")
        String name;
        @FormParam("issuer")
        String issuer;
        @FormParam("clientId")
        String clientId;
        @FormParam("deploymentId")
        String deploymentId;
        @FormParam("loginUrl")
        String loginUrl;
        @FormParam("redirectUris")
        String redirectUris;
        @FormParam("jwksUrl")
        String jwksUrl;
        @FormParam("publicKey")
        String publicKey;
        @FormParam("shares")
        String shares;
        @FormParam("roster")
        String roster;

        ToolForm form() {
            return new ToolForm(name, issuer, clientId, deploymentId, loginUrl, redirectUris, jwksUrl, publicKey,
                    shares, roster != null);
        }
    }

    private final LtiToolService service;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Issuer issuer;

    LtiToolResource(LtiToolService service, CurrentUser currentUser, Layout layout, Issuer issuer) {
        this.service = service;
        this.currentUser = currentUser;
        this.layout = layout;
        this.issuer = issuer;
    }

    @GET
    @Operation(summary = "The LTI tools page (HTML)")
    public TemplateInstance page() {
        return layout.apply(Templates.tools(service.all(currentUser.require()), ToolForm.empty(),
                PlatformEndpoints.of(issuer), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Register an LTI tool (form)")
    public Response register(@BeanParam Fields fields) {
        Viewer viewer = currentUser.require();
        ToolForm form = fields.form();
        try {
            service.register(viewer, form);
            return Response.seeOther(URI.create("/admin/lti-tools")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, Templates.tools(service.all(viewer), form,
                    PlatformEndpoints.of(issuer), e.formErrors()));
        }
    }

    @POST
    @Path("/{toolId}/disable")
    @Operation(summary = "Disable an LTI tool (form)")
    public Response disable(@PathParam("toolId") long id) {
        service.disable(currentUser.require(), id);
        return Response.seeOther(URI.create("/admin/lti-tools")).build();
    }
}
