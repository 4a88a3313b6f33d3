package org.surgalt.library;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;

/** Curating the shared library as JSON: master teachers and admins feature and hide resources. */
@Path("/api/library")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shared library")
public class CurationApiResource {

    private final CurationService curation;
    private final LibraryService library;
    private final CurrentUser currentUser;

    CurationApiResource(CurationService curation, LibraryService library, CurrentUser currentUser) {
        this.curation = curation;
        this.library = library;
        this.currentUser = currentUser;
    }

    /** value: feature (or hide) when true or absent, undo when false; reason: required to hide or show. */
    public record Toggle(Boolean value, String reason) {
    }

    @POST
    @Path("{resourceId}/feature")
    @Operation(summary = "Feature a resource (value true) or stop featuring it (curators)")
    public LibraryApiResource.ResourceView feature(@PathParam("resourceId") long id, Toggle input) {
        return LibraryApiResource.ResourceView.of(curation.feature(currentUser.require(), id,
                input == null || !Boolean.FALSE.equals(input.value())), library);
    }

    @POST
    @Path("{resourceId}/hide")
    @Operation(summary = "Hide a resource (value true, the default) or show it again, with the reason (curators)")
    public LibraryApiResource.ResourceView hide(@PathParam("resourceId") long id, Toggle input) {
        return LibraryApiResource.ResourceView.of(curation.hide(currentUser.require(), id,
                input == null ? null : input.reason(), input == null || !Boolean.FALSE.equals(input.value())), library);
    }
}
