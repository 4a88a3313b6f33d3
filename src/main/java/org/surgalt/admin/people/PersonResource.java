package org.surgalt.admin.people;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.UserAdminService;
import org.surgalt.identity.Viewer;

/** A person's page: their details and the account's actions. Each form ends back on the page. */
@Path("/admin/people/{id}")
@Produces(MediaType.TEXT_HTML)
public class PersonResource {

    private final UserAdminService admin;
    private final PersonPages pages;
    private final CurrentUser currentUser;

    PersonResource(UserAdminService admin, PersonPages pages, CurrentUser currentUser) {
        this.admin = admin;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A person's page: details, account actions, roles in words, provider sign-in (HTML)")
    public Response person(@PathParam("id") long id, @QueryParam("done") String done) {
        return pages.render(currentUser.require(), id, done, null, Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Correct a person's name, email, language or institution (form)")
    public Response edit(@PathParam("id") long id, @FormParam("email") String email,
            @FormParam("displayName") String displayName, @FormParam("locale") String locale,
            @FormParam("institution") String institution) {
        Viewer viewer = currentUser.require();
        PersonPage.EditForm form = new PersonPage.EditForm(PeopleResource.orEmpty(email),
                PeopleResource.orEmpty(displayName), PeopleResource.orEmpty(locale), PeopleResource.orEmpty(institution));
        return pages.submit(viewer, id, "saved", () -> admin.edit(viewer, id, new UserAdminService.PersonState(
                form.email(), form.displayName(), form.locale(), form.institution())),
                errors -> new PersonPages.Typed(form, null, null, errors, List.of(), List.of()));
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


}
