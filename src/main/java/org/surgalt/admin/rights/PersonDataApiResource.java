package org.surgalt.admin.rights;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/** Data rights over the API: a person's export (a ZIP, streamed) and their erasure. Both audited. */
// Under .../data, not at /api/admin/users/{id}: a root resource at that path would take every
// /api/admin/users/{id}/... request from identity/UserAdminApiResource (@Path("/api")) and answer 404.
@Path("/api/admin/users/{id}/data")
@Tag(name = "People")
public class PersonDataApiResource {

    private final PersonDataService people;
    private final PersonErasure erasure;
    private final PersonExport export;
    private final CurrentUser currentUser;

    PersonDataApiResource(PersonDataService people, PersonErasure erasure, PersonExport export,
            CurrentUser currentUser) {
        this.people = people;
        this.erasure = erasure;
        this.export = export;
        this.currentUser = currentUser;
    }

    /** confirm: the person's email address, as a person would type it on the page. */
    public record Erasure(String confirm) {
    }

    // No @Produces: a browser's link asks for text/html first, and the answer (the ZIP, or the
    // error page) sets its own type.
    @GET
    @Path("/export")
    @Operation(summary = "Everything held about the person, as a ZIP of JSON files and their submissions' files")
    public Response export(@PathParam("id") long id) {
        PersonDataService.Person person = people.startExport(currentUser.require(), id);
        return Response.ok(export.zip(person.id())).type("application/zip")
                .header("Content-Disposition", "attachment; filename=\"person-" + person.id() + "-data.zip\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase the person: personal data removed or pseudonymised, learning records kept "
            + "unnamed; confirm is their email address. Cannot be undone")
    public RestResponse<Void> erase(@PathParam("id") long id, Erasure input) {
        Viewer viewer = currentUser.require();
        erasure.erase(viewer, id, input == null ? null : input.confirm());
        return RestResponse.noContent();
    }
}
