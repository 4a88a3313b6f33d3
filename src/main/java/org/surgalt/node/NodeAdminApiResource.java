package org.surgalt.node;

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
import org.surgalt.platform.DomainException;

/** School nodes for site admins: the enrolment code is in the answer to the POST and nowhere else, ever. */
@Path("/api/admin/nodes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeAdminApiResource {

    private final NodeRegistryService registry;
    private final CurrentUser currentUser;

    NodeAdminApiResource(NodeRegistryService registry, CurrentUser currentUser) {
        this.registry = registry;
        this.currentUser = currentUser;
    }

    /** institution: the institution's code. */
    public record NewNode(String name, String institution) {
    }

    public record NodeView(long id, String name, long institutionId, String state, Instant created,
            Instant codeExpires, Instant enrolled, Instant revoked, Instant lastContact, Heartbeat backlog) {
        static NodeView of(SchoolNode n) {
            return new NodeView(n.id(), n.name(), n.institutionId(), n.state().name().toLowerCase(), n.createdAt(),
                    n.codeExpires(), n.enrolledAt(), n.revokedAt(), n.lastContact(), n.backlog());
        }
    }

    public record RegisteredView(NodeView node, String enrolmentCode) {
    }

    @GET
    @Operation(summary = "Every school node, with its last contact and backlog")
    public List<NodeView> list() {
        return registry.all(currentUser.require()).stream().map(NodeView::of).toList();
    }

    @POST
    @Operation(summary = "Register a school node for an institution; its one-time enrolment code is shown this once")
    public RestResponse<RegisteredView> register(NewNode input, UriInfo uri) {
        if (input == null) {
            throw DomainException.invalid("name", "Give the node a name of at most 200 characters.");
        }
        NodeRegistryService.Registered registered = registry.register(currentUser.require(), input.name(),
                input.institution());
        return RestResponse.ResponseBuilder.<RegisteredView>created(
                uri.getAbsolutePathBuilder().path(Long.toString(registered.node().id())).build())
                .entity(new RegisteredView(NodeView.of(registered.node()), registered.code())).build();
    }

    @POST
    @Path("/{nodeId}/revoke")
    @Operation(summary = "Revoke a school node for good: its signed requests fail at once")
    public NodeView revoke(@PathParam("nodeId") long id) {
        return NodeView.of(registry.revoke(currentUser.require(), id, true));
    }
}
