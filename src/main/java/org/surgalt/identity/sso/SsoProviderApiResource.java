package org.surgalt.identity.sso;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;

/** Connecting an institution's identity provider; it works from the next request, no restart. */
@Path("/api/admin/identity-providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identity providers")
public class SsoProviderApiResource {

    private final SsoService sso;
    private final CurrentUser currentUser;

    SsoProviderApiResource(SsoService sso, CurrentUser currentUser) {
        this.sso = sso;
        this.currentUser = currentUser;
    }

    public record ProviderInput(@NotBlank String code, @NotBlank String institution, @NotBlank String displayName,
            @NotBlank String issuer, @NotBlank String clientId, String clientSecret, String rolesClaim,
            String groupsClaim, String roleMapping, Boolean enabled) {

        SsoProvider.Settings settings() {
            return new SsoProvider.Settings(displayName, issuer, clientId, clientSecret, rolesClaim, groupsClaim,
                    roleMapping, enabled == null || enabled);
        }
    }

    /** The secret is write-only: it is never shown again. */
    public record ProviderView(long id, String code, String institution, String displayName, String issuer,
            String clientId, boolean hasSecret, String rolesClaim, String groupsClaim, String roleMapping,
            boolean enabled, String loginUrl) {
        static ProviderView of(SsoProvider p) {
            return new ProviderView(p.id(), p.code(), p.institution().code(), p.displayName(), p.issuer(),
                    p.clientId(), p.hasSecret(), p.rolesClaim(), p.groupsClaim(), p.roleMapping(),
                    p.enabled(), "/login?institution=" + p.code());
        }
    }

    @GET
    @Operation(summary = "Every connected identity provider")
    public List<ProviderView> list() {
        return sso.all(currentUser.require()).stream().map(ProviderView::of).toList();
    }

    @POST
    @Operation(summary = "Connect an institution's identity provider")
    public RestResponse<ProviderView> create(@NotNull @Valid ProviderInput input, UriInfo uri) {
        SsoProvider provider = sso.create(currentUser.require(), input.code(), input.institution(), input.settings());
        return RestResponse.ResponseBuilder.<ProviderView>created(
                uri.getAbsolutePathBuilder().path(Long.toString(provider.id())).build())
                .entity(ProviderView.of(provider)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One identity provider")
    public ProviderView get(@PathParam("id") long id) {
        return ProviderView.of(sso.get(currentUser.require(), id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an identity provider (a blank secret keeps the current one)")
    public ProviderView update(@PathParam("id") long id, @NotNull @Valid ProviderInput input) {
        return ProviderView.of(sso.update(currentUser.require(), id, input.settings()));
    }
}
