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
import org.surgalt.identity.UserAdminService;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.sso.IdentityLinkService;
import org.surgalt.platform.DomainException;

/** The person page's forms: account actions, roles, and awaiting a provider's sign-in. Each ends back on the page. */
@Path("/admin/people/{id}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PersonActionsResource {

    private final UserAdminService admin;
    private final RoleGrantService roles;
    private final IdentityLinkService links;
    private final PersonPages pages;
    private final CurrentUser currentUser;

    PersonActionsResource(UserAdminService admin, RoleGrantService roles, IdentityLinkService links,
            PersonPages pages, CurrentUser currentUser) {
        this.admin = admin;
        this.roles = roles;
        this.links = links;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/disable")
    @Operation(summary = "Disable the person: no sign-in, signed out everywhere at once (form)")
    public Response disable(@PathParam("id") long id) {
        admin.disable(currentUser.require(), id);
        return PeopleResource.done(id, "disabled");
    }

    @POST
    @Path("/enable")
    @Operation(summary = "Let a disabled person sign in again (form)")
    public Response enable(@PathParam("id") long id) {
        admin.enable(currentUser.require(), id);
        return PeopleResource.done(id, "enabled");
    }

    @POST
    @Path("/sign-out")
    @Operation(summary = "Sign the person out everywhere (form)")
    public Response signOut(@PathParam("id") long id) {
        admin.endSessions(currentUser.require(), id);
        return PeopleResource.done(id, "signed-out");
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Mail the person a password-reset link; the page never shows it (form)")
    public Response passwordReset(@PathParam("id") long id) {
        admin.sendPasswordReset(currentUser.require(), id);
        return PeopleResource.done(id, "reset");
    }

    @POST
    @Path("/roles")
    @Operation(summary = "Grant a role in a scope named by its code (form)")
    public Response grant(@PathParam("id") long id, @FormParam("kind") String kind, @FormParam("scope") String scope) {
        Viewer viewer = currentUser.require();
        PersonPage.GrantForm form = new PersonPage.GrantForm(PeopleResource.orEmpty(kind), PeopleResource.orEmpty(scope));
        roles.requireMayGrantAny(viewer, id);
        try {
            RoleScope chosen = RoleScope.of(form.kind())
                    .orElseThrow(() -> DomainException.invalid("kind", "must be one of the roles offered"));
            roles.grant(viewer, id, chosen, roles.scopeId(chosen.scope(), form.scope()));
            return PeopleResource.done(id, "granted");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return pages.render(viewer, id, null, new PersonPages.Typed(null, form, null, List.of(), e.formErrors(),
                    List.of()), Response.Status.BAD_REQUEST);
        }
    }

    @POST
    @Path("/roles/revoke")
    @Operation(summary = "Revoke a role the person holds (form)")
    public Response revoke(@PathParam("id") long id, @FormParam("role") String role, @FormParam("scope") String scope,
            @FormParam("scopeId") long scopeId) {
        Viewer viewer = currentUser.require();
        roles.requireMayGrantAny(viewer, id);
        roles.revoke(viewer, id, grant(role, scope, scopeId));
        return PeopleResource.done(id, "revoked");
    }

    @POST
    @Path("/identity-links")
    @Operation(summary = "Await the person's sign-in through a provider under a login, to join this account (form)")
    public Response declareLink(@PathParam("id") long id, @FormParam("provider") String provider,
            @FormParam("login") String login) {
        Viewer viewer = currentUser.require();
        PersonPage.LinkForm form = new PersonPage.LinkForm(PeopleResource.orEmpty(provider), PeopleResource.orEmpty(login));
        try {
            links.declare(viewer, id, form.provider(), form.login());
            return PeopleResource.done(id, "linked");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return pages.render(viewer, id, null, new PersonPages.Typed(null, null, form, List.of(), List.of(),
                    e.formErrors()), Response.Status.BAD_REQUEST);
        }
    }

    @POST
    @Path("/identity-links/cancel")
    @Operation(summary = "Stop awaiting a provider's sign-in (form)")
    public Response cancelLink(@PathParam("id") long id, @FormParam("link") long link) {
        links.cancel(currentUser.require(), id, link);
        return PeopleResource.done(id, "unlinked");
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
