package org.surgalt.cartridge;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
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
 * The authors' Common Cartridge import, plain forms without JavaScript (as the cmi5 import): the
 * .imscc goes through the upload pipeline (limits, storage, inspection); its page says when it is
 * checked, with the button that imports it or the reason it was refused; the import ends on its
 * report. A tus upload of kind package (the API) is imported from the same page.
 */
@Path("/author/cartridges")
@Produces(MediaType.TEXT_HTML)
public class CartridgeImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<FieldError> errors);

        static native TemplateInstance upload(String id, String filename, String stage, String reason,
                List<FieldError> errors, List<CourseChoice> courses);

        static native TemplateInstance report(ReportView report);
    }

    /** A course the author may import into; {@code chosen}: the one the form had. */
    public record CourseChoice(String code, String title, boolean chosen) {
    }

    private final CartridgeImportService imports;
    private final UploadService uploads;
    private final CurrentUser currentUser;
    private final Layout layout;

    CartridgeImportResource(CartridgeImportService imports, UploadService uploads, CurrentUser currentUser,
            Layout layout) {
        this.imports = imports;
        this.uploads = uploads;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The form that imports a Common Cartridge into a new draft course (HTML)")
    public TemplateInstance form() {
        imports.requireMayImport(currentUser.require());
        return layout.apply(Templates.form(List.of()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a .imscc for checking (multipart form: file)")
    public Response upload(@RestForm("file") FileUpload file) {
        Viewer viewer = currentUser.require();
        imports.requireMayImport(viewer);
        try {
            String id = uploads.receiveForm(viewer, file, FileKind.PACKAGE);
            return Response.seeOther(URI.create("/author/cartridges/uploads/" + id)).build();
        } catch (DomainException e) {
            return refused(e, Templates.form(e.formErrors()));
        }
    }

    @GET
    @Path("uploads/{id}")
    @Operation(summary = "Where an uploaded cartridge is: being checked, ready to import, or refused with the reason (HTML)")
    public Response uploaded(@PathParam("id") String id) {
        return Response.ok(layout.apply(page(currentUser.require(), id, List.of(), null)).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("uploads/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Import a checked cartridge into a new draft course, or (course: its code) as the next "
            + "draft version of a course the author edits (form); ends on the import's report")
    public Response importUpload(@PathParam("id") String id, @RestForm("course") String course) {
        Viewer viewer = currentUser.require();
        imports.requireMayImport(viewer);
        try {
            CartridgeImportService.Imported imported = imports.importUpload(viewer, id, course);
            return Response.seeOther(URI.create("/author/cartridges/reports/" + imported.importId())).build();
        } catch (DomainException e) {
            return refused(e, page(viewer, id, e.formErrors(), course));
        }
    }

    @GET
    @Path("reports/{id}")
    @Operation(summary = "An import's report, for its author (HTML)")
    public TemplateInstance report(@PathParam("id") long id) {
        Viewer viewer = currentUser.require();
        return layout.apply(Templates.report(ReportView.of(imports.report(viewer, id), viewer.locale())));
    }

    private TemplateInstance page(Viewer viewer, String id, List<FieldError> errors, String chosen) {
        imports.requireMayImport(viewer);
        uploads.owned(viewer, id);
        UploadService.Stage stage = uploads.stage(id).orElseThrow(() -> DomainException.notFound("upload", id));
        String reason = stage.reason() == null ? null : ErrorTexts.translate(stage.reason(), viewer.locale());
        List<CourseChoice> courses = imports.importableCourses(viewer).stream().map(course -> new CourseChoice(
                course.code(), course.title().in(viewer.locale()), course.code().equals(chosen))).toList();
        return Templates.upload(id, stage.filename(), stage.name(), reason, errors, courses);
    }

    private Response refused(DomainException e, TemplateInstance page) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        return Response.status(e.kind().status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
