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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Grant;
import org.surgalt.identity.RoleGrantService;
import org.surgalt.identity.RoleScope;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Language;

/** A person's roles, each with what it lets them do in words, in JSON; granting and revoking them. */
@Path("/api/admin/users/{id}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class PersonRolesApiResource {

    /** A role in a scope: role "coordinator", scope "cohort", scopeId the cohort's id (0 for the site). */
    public record GrantInput(@NotBlank String role, @NotBlank String scope, long scopeId) {
    }

    public record HeldRole(String role, String scope, long scopeId, String scopeName, String words) {
    }

    /** {@code grantable}: the role@scope kinds the caller may grant this person ("coordinator@cohort"). */
    public record Roles(List<HeldRole> roles, List<String> grantable) {
    }

    private final RoleGrantService roles;
    private final CurrentUser currentUser;
    private final Language language;

    PersonRolesApiResource(RoleGrantService roles, CurrentUser currentUser, Language language) {
        this.roles = roles;
        this.currentUser = currentUser;
        this.language = language;
    }

    @GET
    @Operation(summary = "The person's roles, each with what it lets them do in words, and what the caller may grant")
    public Roles list(@PathParam("id") long id) {
        return roles(currentUser.require(), id);
    }

    @POST
    @Operation(summary = "Grant a role in a scope (201; 200 if the person held it already); counts from their next request")
    public RestResponse<Roles> grant(@PathParam("id") long id, @NotNull @Valid GrantInput input) {
        Viewer viewer = currentUser.require();
        roles.requireMayGrantAny(viewer, id);
        Grant grant = PersonRolesResource.grant(input.role(), input.scope(), input.scopeId());
        RoleScope kind = RoleScope.of(grant.role(), grant.scope())
                .orElseThrow(() -> DomainException.invalid("role", "must be one of the roles offered"));
        boolean granted = roles.grant(viewer, id, kind, input.scopeId());
        return RestResponse.status(granted ? RestResponse.Status.CREATED : RestResponse.Status.OK, roles(viewer, id));
    }

    @POST
    @Path("/revoke")
    @Operation(summary = "Revoke a role the person holds in a scope; the answer lists what is left")
    public Roles revoke(@PathParam("id") long id, @NotNull @Valid GrantInput input) {
        Viewer viewer = currentUser.require();
        roles.requireMayGrantAny(viewer, id);
        roles.revoke(viewer, id, PersonRolesResource.grant(input.role(), input.scope(), input.scopeId()));
        return roles(viewer, id);
    }

    private Roles roles(Viewer viewer, long id) {
        List<RoleGrantService.Held> held = roles.held(viewer, id);
        List<String> words = PermissionWords.of(held, language.apiLocale().getLanguage());
        List<HeldRole> rows = new java.util.ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            Grant g = held.get(i).grant();
            rows.add(new HeldRole(g.role().id(), g.scope().name().toLowerCase(java.util.Locale.ROOT), g.scopeId(),
                    held.get(i).scopeName(), words.get(i)));
        }
        List<String> grantable = roles.grantable(viewer, id).stream()
                .map(kind -> kind.role().id() + "@" + kind.scope().name().toLowerCase(java.util.Locale.ROOT)).toList();
        return new Roles(rows, grantable);
    }
}
