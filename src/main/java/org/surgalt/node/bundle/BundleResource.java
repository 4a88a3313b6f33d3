package org.surgalt.node.bundle;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Layout;

/**
 * The site admins' content bundles page, plain forms without JavaScript: export (a GET form that
 * downloads the bundle, or shows the form again with the error) and import (the file goes through
 * the upload pipeline; its page says when it is checked; importing shows the report).
 */
@Path("/admin/bundles")
@Produces(MediaType.TEXT_HTML)
public class BundleResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String courses, List<FieldError> errors);

        static native TemplateInstance upload(String id, String filename, String stage, String reason,
                List<FieldError> errors);

        static native TemplateInstance report(BundleReportView report);
    }

    private final BundleExportService exports;
    private final BundleImportService imports;
    private final UploadService uploads;
    private final CurrentUser currentUser;
    private final Layout layout;

    BundleResource(BundleExportService exports, BundleImportService imports, UploadService uploads,
            CurrentUser currentUser, Layout layout) {
        this.exports = exports;
        this.imports = imports;
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The content bundles page: export chosen courses, import a bundle (HTML)")
    public TemplateInstance page() {
        imports.requireMayImport(currentUser.require());
        return layout.apply(Templates.page("", List.of()));
    }

    @GET
    @Path("export")
    @Produces({"application/zip", MediaType.TEXT_HTML})
    @Operation(summary = "Download a bundle of the courses named in the form (courses: codes), or the form "
            + "again with the error")
    public Response export(@QueryParam("courses") String courses, UriInfo uri) {
        Viewer viewer = currentUser.require();
        try {
            return BundleApiResource.download(exports, exports.plan(viewer, courses == null ? List.of()
                    : List.of(courses), BundleApiResource.source(uri)));
        } catch (DomainException e) {
            return refused(e, Templates.page(courses == null ? "" : courses, e.formErrors()));
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a .surgalt-bundle for checking (multipart form: file)")
    public Response upload(@RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        imports.requireMayImport(viewer);
        try {
            String id = uploads.receiveForm(viewer, file, FileKind.BUNDLE);
            return Response.seeOther(URI.create("/admin/bundles/uploads/" + id)).build();
        } catch (DomainException e) {
            return refused(e, Templates.page("", e.formErrors()));
        }
    }

    @GET
    @Path("uploads/{id}")
    @Operation(summary = "Where an uploaded bundle is: being checked, ready to import, or refused with the reason (HTML)")
    public Response uploaded(@PathParam("id") String id) {
        return page(uploadPage(currentUser.require(), id, List.of()));
    }

    /**
     * Shows the report rather than redirecting to it: reports are not kept, and importing the same
     * bundle again changes nothing, so sending the form twice is harmless.
     */
    @POST
    @Path("uploads/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Import a checked bundle (form); shows the import's report")
    public Response importUpload(@PathParam("id") String id) {
        Viewer viewer = currentUser.require();
        imports.requireMayImport(viewer);
        try {
            BundleReport report = imports.importUpload(viewer, id);
            return page(Templates.report(BundleReportView.of(report, viewer.locale())));
        } catch (DomainException e) {
            return refused(e, uploadPage(viewer, id, e.formErrors()));
        }
    }

    private TemplateInstance uploadPage(Viewer viewer, String id, List<FieldError> errors) {
        imports.requireMayImport(viewer);
        uploads.owned(viewer, id);
        UploadService.Stage stage = uploads.stage(id).orElseThrow(() -> DomainException.notFound("upload", id));
        String reason = stage.reason() == null ? null : ErrorTexts.translate(stage.reason(), viewer.locale());
        return Templates.upload(id, stage.filename(), stage.name(), reason, errors);
    }

    private Response page(TemplateInstance page) {
        return Response.ok(layout.apply(page).render()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    private Response refused(DomainException e, TemplateInstance page) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        return Response.status(e.kind().status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
