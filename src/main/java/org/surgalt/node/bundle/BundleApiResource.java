package org.surgalt.node.bundle;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/** Content bundles for scripts: export chosen courses as a .surgalt-bundle; import an uploaded one. */
@Path("/api/admin/bundles")
@Tag(name = "Content bundles")
public class BundleApiResource {

    /** {@code upload}: the id of the admin's tus upload of kind bundle, once inspection accepted it. */
    public record ImportRequest(String upload) {
    }

    private final BundleExportService exports;
    private final BundleImportService imports;
    private final CurrentUser currentUser;

    BundleApiResource(BundleExportService exports, BundleImportService imports, CurrentUser currentUser) {
        this.exports = exports;
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @GET
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "A .surgalt-bundle of the courses' published versions: course=code for the current "
            + "version, course=code@number for another; repeat course for several")
    public Response export(@QueryParam("course") List<String> courses, UriInfo uri) {
        return download(exports, exports.plan(currentUser.require(), courses, source(uri)));
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an uploaded bundle; the report says per course and version what was imported, "
            + "skipped (already here) or refused and why")
    public BundleReportView importBundle(ImportRequest request) {
        Viewer viewer = currentUser.require();
        BundleReport report = imports.importUpload(viewer, request == null ? null : request.upload());
        return BundleReportView.of(report, viewer.locale());
    }

    static String source(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static Response download(BundleExportService exports, BundleExportService.Plan plan) {
        StreamingOutput body = out -> exports.write(plan, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + plan.filename() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
