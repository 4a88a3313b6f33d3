package org.surgalt.lti;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;

/** LTI 1.3 tools and the platform's signing key, for site admins. */
@Path("/api/admin/lti-tools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LTI tools")
public class LtiToolApiResource {

    private final LtiToolService service;
    private final PlatformKeys keys;
    private final CurrentUser currentUser;

    LtiToolApiResource(LtiToolService service, PlatformKeys keys, CurrentUser currentUser) {
        this.service = service;
        this.keys = keys;
        this.currentUser = currentUser;
    }

    public record ToolView(long id, String name, String issuer, String clientId, String deploymentId, String loginUrl,
            List<String> redirectUris, String jwksUrl, boolean publicKey, String shares, boolean roster,
            boolean disabled, Instant created) {
        static ToolView of(LtiTool t) {
            return new ToolView(t.id(), t.name(), t.issuer(), t.clientId(), t.deploymentId(), t.loginUrl(),
                    t.redirectUris(), t.jwksUrl(), t.publicKeyPem() != null, t.shares().name(),
                    t.roster(), t.disabled(), t.created());
        }
    }

    public record Rotated(String kid) {
    }

    @GET
    @Operation(summary = "Every registered LTI tool")
    public List<ToolView> list() {
        return service.all(currentUser.require()).stream().map(ToolView::of).toList();
    }

    @POST
    @Operation(summary = "Register an LTI tool; publicKey is a PEM public key, given when jwksUrl is not; shares: NONE, "
            + "NAME (default) or NAME_EMAIL, what launches and rosters tell it of people; roster: may read rosters")
    public RestResponse<ToolView> register(ToolForm input, UriInfo uri) {
        LtiTool tool = service.register(currentUser.require(), input == null ? ToolForm.empty() : input);
        return RestResponse.ResponseBuilder.<ToolView>created(
                uri.getAbsolutePathBuilder().path(Long.toString(tool.id())).build()).entity(ToolView.of(tool)).build();
    }

    @POST
    @Path("/{toolId}/disable")
    @Operation(summary = "Disable an LTI tool: it is launched no more")
    public ToolView disable(@PathParam("toolId") long id) {
        return ToolView.of(service.disable(currentUser.require(), id));
    }

    @POST
    @Path("/signing-key/rotate")
    @Operation(summary = "Rotate the platform's signing key: a new key signs, the previous stays published")
    public Rotated rotate() {
        return new Rotated(keys.rotate(currentUser.require()));
    }
}
