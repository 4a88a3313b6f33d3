package org.surgalt.cmi5;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.content.FileKind;
import org.surgalt.content.UploadService;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Layout;

/**
 * The authors' import page, plain forms without JavaScript: a cmi5.xml is imported at once; a ZIP
 * goes through the upload pipeline first (limits, storage, inspection), and its page says when it
 * is checked, with the button that imports it or the reason it was refused.
 */
@Path("/author/cmi5")
@Produces(MediaType.TEXT_HTML)
public class Cmi5ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<CourseChoice> courses, Long course, List<FieldError> errors);

        static native TemplateInstance upload(String id, String filename, String stage, String reason, Long course,
                List<FieldError> errors);
    }

    /** A course the author may import into, as a new draft. */
    public record CourseChoice(long id, String code, String title) {
    }

    private final ImportService imports;
    private final UploadService uploads;
    private final CourseService courses;
    private final CourseAccess access;
    private final CurrentUser currentUser;
    private final Layout layout;

    Cmi5ImportResource(ImportService imports, UploadService uploads, CourseService courses, CourseAccess access,
            CurrentUser currentUser, Layout layout) {
        this.imports = imports;
        this.uploads = uploads;
        this.courses = courses;
        this.access = access;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The form that imports a cmi5 course (HTML)")
    public TemplateInstance form(@QueryParam("course") Long course) {
        Viewer viewer = currentUser.require();
        requireMayImport(viewer);
        return layout.apply(Templates.form(choices(viewer), course, List.of()));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a cmi5.xml at once, or upload a ZIP for checking (multipart form: file, course)")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("course") String course) {
        Viewer viewer = currentUser.require();
        requireMayImport(viewer);
        Long courseId = null;
        try {
            courseId = parseCourse(course);
            UploadService.requireFormFile(file);
            if (file.fileName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                return done(imports.importXml(viewer, courseId, Files.readAllBytes(file.uploadedFile())));
            }
            String id = uploads.receiveForm(viewer, file, FileKind.PACKAGE);
            return Response.seeOther(URI.create("/author/cmi5/uploads/" + id
                    + (courseId == null ? "" : "?course=" + courseId))).build();
        } catch (DomainException e) {
            return refused(e, Templates.form(choices(viewer), courseId, e.formErrors()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("uploads/{id}")
    @Operation(summary = "Where an uploaded cmi5 ZIP is: being checked, ready to import, or refused with the reason (HTML)")
    public Response uploaded(@PathParam("id") String id, @QueryParam("course") Long course) {
        return Response.ok(layout.apply(page(currentUser.require(), id, course, List.of())).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("uploads/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Import a checked cmi5 ZIP into a new course or as a new draft of a course (form)")
    public Response importUpload(@PathParam("id") String id, @FormParam("course") String course) {
        Viewer viewer = currentUser.require();
        requireMayImport(viewer);
        Long courseId = null;
        try {
            courseId = parseCourse(course);
            return done(imports.importUpload(viewer, courseId, id));
        } catch (DomainException e) {
            return refused(e, page(viewer, id, courseId, e.formErrors()));
        }
    }

    private TemplateInstance page(Viewer viewer, String id, Long course, List<FieldError> errors) {
        requireMayImport(viewer);
        uploads.owned(viewer, id);
        UploadService.Stage stage = uploads.stage(id).orElseThrow(() -> DomainException.notFound("upload", id));
        String reason = stage.reason() == null ? null : ErrorTexts.translate(stage.reason(), viewer.locale());
        return Templates.upload(id, stage.filename(), stage.name(), reason, course, errors);
    }

    private Response refused(DomainException e, TemplateInstance page) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        return Response.status(e.kind().status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    private void requireMayImport(Viewer viewer) {
        if (!imports.mayImport(viewer)) {
            throw DomainException.forbidden("Only authors create courses.");
        }
    }

    private static Response done(ImportService.Imported imported) {
        return Response.seeOther(URI.create("/author/courses/" + imported.code())).build();
    }

    private List<CourseChoice> choices(Viewer viewer) {
        return courses.authoredOrReviewedBy(viewer).stream().filter(c -> access.canEdit(viewer, c))
                .map(c -> new CourseChoice(c.id(), c.code(), c.title().in(viewer.locale()))).toList();
    }

    private static Long parseCourse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("course", "must be one of the listed choices");
        }
    }
}
