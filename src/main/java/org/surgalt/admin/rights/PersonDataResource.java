package org.surgalt.admin.rights;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Layout;

/** A person's data page: export everything (a ZIP), erase (typing their email to confirm). */
@Path("/admin/people/{id}/data")
@Produces(MediaType.TEXT_HTML)
public class PersonDataResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance data(PersonDataService.Person person, String confirm,
                List<DomainException.FieldError> errors);
    }

    private final PersonDataService people;
    private final PersonErasure erasure;
    private final CurrentUser currentUser;
    private final Layout layout;

    PersonDataResource(PersonDataService people, PersonErasure erasure, CurrentUser currentUser, Layout layout) {
        this.people = people;
        this.erasure = erasure;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "A person's data page (HTML): export and erasure")
    public Response page(@PathParam("id") long id) {
        return html(Response.Status.OK, Templates.data(people.person(currentUser.require(), id), "", List.of()));
    }

    @POST
    @Path("/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Erase the person (form): confirm is their email address; cannot be undone")
    public Response erase(@PathParam("id") long id, @FormParam("confirm") String confirm) {
        Viewer viewer = currentUser.require();
        try {
            erasure.erase(viewer, id, confirm);
            return Response.seeOther(URI.create("/admin/people/" + id + "/data")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return html(Response.Status.fromStatusCode(e.kind().status),
                    Templates.data(people.person(viewer, id), confirm == null ? "" : confirm, e.formErrors()));
        }
    }

    private Response html(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
