package org.surgalt.cartridge.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;

/** The Common Cartridge export for API clients, beside the versions API; refusals are problem+json. */
@Path("/api/courses/{courseId}/versions/{number}/cartridge.imscc")
@Tag(name = "Authoring")
public class CartridgeExportApiResource {

    private final CartridgeExportService exports;
    private final CurrentUser currentUser;

    CartridgeExportApiResource(CartridgeExportService exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A published version as a Common Cartridge 1.3 (.imscc, application/zip); for the course's "
            + "authors and site admins")
    public Response download(@PathParam("courseId") long courseId, @PathParam("number") String number) {
        return CartridgeExportResource.download(exports, exports.prepare(currentUser.require(), courseId, number));
    }
}
