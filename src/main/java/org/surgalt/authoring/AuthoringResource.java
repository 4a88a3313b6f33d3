package org.surgalt.authoring;

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

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.platform.LocalizedText;
import org.surgalt.web.Layout;

/**
 * The authors' pages: their courses, and a course's draft with its modules and items. Every
 * change is a form post that comes back to the draft page (post/redirect/get); a refused change
 * re-renders the page with the reason, and what was saved before stays as it was.
 */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
public class AuthoringResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance courses(List<CourseRow> courses, boolean canCreate, NewCourseForm form,
                List<FieldError> errors);

        static native TemplateInstance editor(EditorView.Editor draft, List<FieldError> errors, String message);
    }

    private final CourseService courses;
    private final DraftService drafts;
    private final EditorView views;
    private final CurrentUser currentUser;
    private final Layout layout;

    AuthoringResource(CourseService courses, DraftService drafts, EditorView views, CurrentUser currentUser,
            Layout layout) {
        this.courses = courses;
        this.drafts = drafts;
        this.views = views;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The courses one authors or reviews, and a form for a new one (HTML)")
    public TemplateInstance list() {
        return layout.apply(coursesPage(currentUser.require(), NewCourseForm.EMPTY, List.of()));
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a course (form)")
    public Response create(@FormParam("code") String code, @FormParam("language") String language,
            @FormParam("titleEn") String titleEn, @FormParam("titleMn") String titleMn,
            @FormParam("descriptionEn") String descriptionEn, @FormParam("descriptionMn") String descriptionMn) {
        Viewer viewer = currentUser.require();
        NewCourseForm form = new NewCourseForm(code, language, titleEn, titleMn, descriptionEn, descriptionMn);
        try {
            Course course = courses.create(viewer, new NewCourse(code == null ? null : code.strip(), language,
                    LocalizedText.of(titleEn, titleMn), LocalizedText.of(descriptionEn, descriptionMn), null, List.of()));
            return seeOther("/author/courses/" + course.code());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return html(e.kind().status, coursesPage(viewer, form, e.formErrors()));
        }
    }

    @GET
    @Path("courses/{code}")
    @Operation(summary = "A course's draft: details, modules, items, lesson files, review and versions (HTML)")
    public TemplateInstance editor(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        return layout.apply(Templates.editor(views.editor(viewer, code), List.of(), saved ? "saved" : null));
    }

    @POST
    @Path("courses/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change a draft's title and description (form)")
    public Response describe(@PathParam("code") String code, @FormParam("titleEn") String titleEn,
            @FormParam("titleMn") String titleMn, @FormParam("descriptionEn") String descriptionEn,
            @FormParam("descriptionMn") String descriptionMn) {
        return change(code, id -> drafts.describe(currentUser.require(), id, LocalizedText.of(titleEn, titleMn),
                LocalizedText.of(descriptionEn, descriptionMn)));
    }

    @POST
    @Path("courses/{code}/modules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Append a module to a draft (form)")
    public Response addModule(@PathParam("code") String code, @FormParam("titleEn") String titleEn,
            @FormParam("titleMn") String titleMn) {
        return change(code, id -> courses.addModule(currentUser.require(), id, LocalizedText.of(titleEn, titleMn)));
    }

    @POST
    @Path("courses/{code}/modules/{moduleId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Rename a module and set its prerequisite (form)")
    public Response editModule(@PathParam("code") String code, @PathParam("moduleId") long moduleId,
            @FormParam("titleEn") String titleEn, @FormParam("titleMn") String titleMn,
            @FormParam("prerequisite") String prerequisite) {
        return change(code, id -> drafts.editModule(currentUser.require(), id, moduleId,
                LocalizedText.of(titleEn, titleMn), parseId("prerequisite", prerequisite)));
    }

    @POST
    @Path("courses/{code}/modules/{moduleId}/move")
    @Operation(summary = "Move a module up (by=-1) or down (by=1) (form)")
    public Response moveModule(@PathParam("code") String code, @PathParam("moduleId") long moduleId,
            @QueryParam("by") int by) {
        return change(code, id -> drafts.moveModule(currentUser.require(), id, moduleId, Integer.signum(by)));
    }

    @POST
    @Path("courses/{code}/modules/{moduleId}/delete")
    @Operation(summary = "Delete a module and its items from the draft (form)")
    public Response deleteModule(@PathParam("code") String code, @PathParam("moduleId") long moduleId) {
        return change(code, id -> drafts.deleteModule(currentUser.require(), id, moduleId));
    }

    @POST
    @Path("courses/{code}/modules/{moduleId}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Append an item to a module and open it for editing (form)")
    public Response addItem(@PathParam("code") String code, @PathParam("moduleId") long moduleId,
            @FormParam("kind") String kind, @FormParam("titleEn") String titleEn, @FormParam("titleMn") String titleMn,
            @FormParam("url") String url) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            long itemId = courses.addItem(viewer, course.id(), moduleId, new NewCourse.NewItem(
                    ItemKind.fromId(kind).orElse(null), LocalizedText.of(titleEn, titleMn), null, url)).id();
            return seeOther("/author/courses/" + code + "/items/" + itemId);
        } catch (DomainException e) {
            return refused(viewer, code, e);
        }
    }

    @POST
    @Path("courses/{code}/files")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add an inspected upload as a lesson file, referred to by its name (form)")
    public Response addLessonFile(@PathParam("code") String code, @FormParam("upload") String upload) {
        return change(code, id -> drafts.addLessonFile(currentUser.require(), id, upload == null ? "" : upload.strip()));
    }

    interface Change {
        void apply(long courseId);
    }

    /** Runs a change of the draft and comes back to it, or shows the draft with the reason it was refused. */
    Response change(String code, Change change) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            change.apply(course.id());
            return seeOther("/author/courses/" + code + "?saved=true");
        } catch (DomainException e) {
            return refused(viewer, code, e);
        }
    }

    private Response refused(Viewer viewer, String code, DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
        return html(e.kind().status, Templates.editor(views.editor(viewer, code), e.formErrors(), null));
    }


    static Long parseId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be one of the listed choices");
        }
    }

    private TemplateInstance coursesPage(Viewer viewer, NewCourseForm form, List<FieldError> errors) {
        List<CourseRow> rows = courses.authoredOrReviewedBy(viewer).stream()
                .map(course -> new CourseRow(course.code(), course.title().in(viewer.locale()),
                        course.workflowState() == Course.WorkflowState.IN_REVIEW,
                        course.publishedVersion().orElse(null)))
                .toList();
        return Templates.courses(rows, views.canCreate(viewer), form, errors);
    }

    Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    public record CourseRow(String code, String title, boolean inReview, Integer publishedVersion) {
    }

    public record NewCourseForm(String code, String language, String titleEn, String titleMn, String descriptionEn,
            String descriptionMn) {
        static final NewCourseForm EMPTY = new NewCourseForm("", "mn", "", "", "", "");
    }

}
