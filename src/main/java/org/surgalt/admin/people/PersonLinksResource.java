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
import org.surgalt.identity.Viewer;
import org.surgalt.identity.sso.IdentityLinkService;

/** The person page's forms that await (or stop awaiting) their sign-in through a provider. */
@Path("/admin/people/{id}/identity-links")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PersonLinksResource {

    private final IdentityLinkService links;
    private final PersonPages pages;
    private final CurrentUser currentUser;

    PersonLinksResource(IdentityLinkService links, PersonPages pages, CurrentUser currentUser) {
        this.links = links;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Await the person's sign-in through a provider under a login, to join this account (form)")
    public Response declareLink(@PathParam("id") long id, @FormParam("provider") String provider,
            @FormParam("login") String login) {
        Viewer viewer = currentUser.require();
        PersonPage.LinkForm form = new PersonPage.LinkForm(PeopleResource.orEmpty(provider), PeopleResource.orEmpty(login));
        return pages.submit(viewer, id, "linked", () -> links.declare(viewer, id, form.provider(), form.login()),
                errors -> new PersonPages.Typed(null, null, form, List.of(), List.of(), errors));
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Stop awaiting a provider's sign-in (form)")
    public Response cancelLink(@PathParam("id") long id, @FormParam("link") long link) {
        links.cancel(currentUser.require(), id, link);
        return PeopleResource.done(id, "unlinked");
    }
}
