package org.surgalt.admin.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.sso.IdentityLinkService;

/** Awaiting a person's sign-in through a provider to join their account (IdentityLinkService), in JSON. */
@Path("/api/admin/users/{id}/identity-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonLinksApiResource {

    public record LinkInput(@NotBlank String provider, @NotBlank String login) {
    }

    public record CancelInput(long link) {
    }

    public record Link(long id, String provider, String login, Instant expiresAt) {
        static Link of(IdentityLinkService.Pending p) {
            return new Link(p.id(), p.providerCode(), p.login(), p.expiresAt());
        }
    }

    private final IdentityLinkService links;
    private final CurrentUser currentUser;

    PersonLinksApiResource(IdentityLinkService links, CurrentUser currentUser) {
        this.links = links;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The provider sign-ins awaited to join this person's account")
    public List<Link> awaited(@PathParam("id") long id) {
        return links.pending(currentUser.require(), id).stream().map(Link::of).toList();
    }

    @POST
    @Operation(summary = "Await the person's next sign-in through a provider under a login (username or verified email) to join this account")
    public RestResponse<Link> declare(@PathParam("id") long id, @NotNull @Valid LinkInput input) {
        return RestResponse.status(RestResponse.Status.CREATED,
                Link.of(links.declare(currentUser.require(), id, input.provider(), input.login())));
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Stop awaiting a provider sign-in")
    public RestResponse<Void> cancel(@PathParam("id") long id, @NotNull CancelInput input) {
        links.cancel(currentUser.require(), id, input.link());
        return RestResponse.noContent();
    }
}
