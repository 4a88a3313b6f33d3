package org.surgalt.cartridge;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/** Common Cartridge imports for API clients: an accepted package upload (tus) into a new draft course, and its report. */
@Path("/api/cartridges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cartridges")
public class CartridgeApiResource {

    private final CartridgeImportService imports;
    private final CurrentUser currentUser;

    CartridgeApiResource(CartridgeImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    /**
     * {@code upload}: the caller's accepted package upload of a .imscc; {@code course}: optional, the code
     * of a course the caller edits, whose next draft version the cartridge becomes.
     */
    public record ImportRequest(String upload, String course) {
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a Common Cartridge (an accepted package upload) into a new draft course, or (course: "
            + "its code) as the next draft version of a course the caller edits; the Location is its report")
    public Response importUpload(ImportRequest request) {
        CartridgeImportService.Imported imported = imports.importUpload(currentUser.require(),
                request == null ? null : request.upload(), request == null ? null : request.course());
        return Response.created(URI.create("/api/cartridges/imports/" + imported.importId())).entity(imported).build();
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "An import's report, per resource what it became or why it was skipped, in the caller's "
            + "language; for the import's author")
    public ReportView report(@PathParam("id") long id) {
        Viewer viewer = currentUser.require();
        return ReportView.of(imports.report(viewer, id), viewer.locale());
    }
}
