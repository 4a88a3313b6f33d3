package org.surgalt.admin.people;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.identity.RoleGrantService;
import org.surgalt.identity.RoleScope;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** The person page's role forms: grant a role in a scope named by its code, revoke one. */
@Path("/admin/people/{id}/roles")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PersonRolesResource {

    private final RoleGrantService roles;
    private final PersonPages pages;
    private final CurrentUser currentUser;

    PersonRolesResource(RoleGrantService roles, PersonPages pages, CurrentUser currentUser) {
        this.roles = roles;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Grant a role in a scope named by its code (form)")
    public Response grant(@PathParam("id") long id, @FormParam("kind") String kind, @FormParam("scope") String scope) {
        Viewer viewer = currentUser.require();
        PersonPage.GrantForm form = new PersonPage.GrantForm(PeopleResource.orEmpty(kind), PeopleResource.orEmpty(scope));
        roles.requireMayGrantAny(viewer, id);
        return pages.submit(viewer, id, "granted", () -> {
            RoleScope chosen = RoleScope.of(form.kind())
                    .orElseThrow(() -> DomainException.invalid("kind", "must be one of the roles offered"));
            roles.grant(viewer, id, chosen, roles.scopeId(chosen.scope(), form.scope()));
        }, errors -> new PersonPages.Typed(null, form, null, List.of(), errors, List.of()));
    }

    @POST
    @Path("/revoke")
    @Operation(summary = "Revoke a role the person holds (form)")
    public Response revoke(@PathParam("id") long id, @FormParam("role") String role, @FormParam("scope") String scope,
            @FormParam("scopeId") long scopeId) {
        Viewer viewer = currentUser.require();
        roles.requireMayGrantAny(viewer, id);
        roles.revoke(viewer, id, grant(role, scope, scopeId));
        return PeopleResource.done(id, "revoked");
    }

    /** A grant as a form or a JSON body names it: the role and scope by name ("COORDINATOR", "cohort"). */
    static Grant grant(String role, String scope, long scopeId) {
        try {
            return new Grant(Role.valueOf(PeopleResource.orEmpty(role).strip().toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_')), RoleGrant.Scope.valueOf(PeopleResource.orEmpty(scope).strip()
                    .toUpperCase(java.util.Locale.ROOT)), scopeId);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("role", "names no role in a scope");
        }
    }
}
