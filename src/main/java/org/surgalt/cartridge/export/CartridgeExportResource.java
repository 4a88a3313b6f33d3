package org.surgalt.cartridge.export;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;

/**
 * The authors' download of a published version as a Common Cartridge 1.3 (the link beside each
 * version on the course's authoring page). No @Produces: a browser's link asks for text/html first,
 * and the answer (the file, or the error page in the reader's language) sets its own type.
 */
@Path("/author/courses/{code}/versions/{number}/cartridge.imscc")
public class CartridgeExportResource {

    static final String TYPE = "application/zip";

    private final CartridgeExportService exports;
    private final CurrentUser currentUser;

    CartridgeExportResource(CartridgeExportService exports, CurrentUser currentUser) {
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A published version of the course as a Common Cartridge 1.3 (.imscc); for its authors")
    public Response download(@PathParam("code") String code, @PathParam("number") String number) {
        return download(exports, exports.prepare(currentUser.require(), code, number));
    }

    static Response download(CartridgeExportService exports, CartridgeExportService.Prepared prepared) {
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> exports.write(prepared, out)).type(TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + prepared.filename() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
