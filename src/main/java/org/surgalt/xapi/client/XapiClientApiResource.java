package org.surgalt.xapi.client;

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

/** LRS clients for site admins: the secret is in the answer to the POST and nowhere else, ever. */
@Path("/api/admin/xapi-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "LRS clients")
public class XapiClientApiResource {

    private final XapiClientService service;
    private final CurrentUser currentUser;

    XapiClientApiResource(XapiClientService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    /** institution: an institution's code, or null for the whole site. */
    public record NewClient(String name, String institution, boolean read, boolean write) {
    }

    public record ClientView(long id, String key, String name, Long institutionId, boolean read, boolean write,
            boolean disabled, Instant created) {
        static ClientView of(XapiClient c) {
            return new ClientView(c.id(), c.key(), c.name(), c.institutionId(), c.canRead(), c.canWrite(), c.disabled(),
                    c.created());
        }
    }

    public record CreatedView(ClientView client, String secret, String endpoint) {
    }

    @GET
    @Operation(summary = "Every LRS client")
    public List<ClientView> list() {
        return service.all(currentUser.require()).stream().map(ClientView::of).toList();
    }

    @POST
    @Operation(summary = "A new LRS client; its secret is shown this once")
    public RestResponse<CreatedView> create(NewClient input, UriInfo uri) {
        if (input == null) {
            throw org.surgalt.platform.DomainException.invalid("name", "Give the client a name.");
        }
        XapiClientService.Created created = service.create(currentUser.require(), input.name(), input.institution(),
                input.read(), input.write());
        return RestResponse.ResponseBuilder.<CreatedView>created(
                uri.getAbsolutePathBuilder().path(Long.toString(created.client().id())).build())
                .entity(new CreatedView(ClientView.of(created.client()), created.secret(), "/xapi/")).build();
    }

    @POST
    @Path("/{clientId}/disable")
    @Operation(summary = "Disable an LRS client for good")
    public ClientView disable(@PathParam("clientId") long id) {
        return ClientView.of(service.disable(currentUser.require(), id));
    }
}
