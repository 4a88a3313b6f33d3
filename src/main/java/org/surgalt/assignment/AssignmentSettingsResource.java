package org.surgalt.assignment;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The authors' page of an assignment's settings: dates, resubmission, points, and the rubric editor. */
@Path("/author/courses/{code}/assignments/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class AssignmentSettingsResource {

    /** {@code title}: the draft item's title. */
    public record SettingsPage(String code, String courseTitle, long itemId, String title, SettingsForm form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsPage page, List<FieldError> errors, boolean saved);
    }

    private final AssignmentService assignments;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    AssignmentSettingsResource(AssignmentService assignments, CourseService courses, CurrentUser currentUser,
            Layout layout, Language language) {
        this.assignments = assignments;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "An assignment's settings and rubric editor, for its course's authors (HTML)")
    public Response page(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        AssignmentService.Draft draft = assignments.draft(viewer, course, itemId);
        return render(200, course, draft, SettingsForm.of(draft.settings()), List.of(), saved);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save an assignment's settings and rubric (form; refused with a conflict when another author saved meanwhile)")
    public Response save(@PathParam("code") String code, @PathParam("itemId") long itemId,
            MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        AssignmentService.Draft draft = assignments.draft(viewer, course, itemId);
        SettingsForm form = SettingsForm.of(fields);
        try {
            assignments.change(viewer, course, itemId, form.toChange());
            return Response.seeOther(URI.create("/author/courses/" + code + "/assignments/" + itemId + "?saved=true"))
                    .build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            List<FieldError> errors = e.formErrors();
            // After a conflict the form carries the current version: saving again, deliberately, replaces the other change.
            SettingsForm kept = e.kind() == DomainException.Kind.CONFLICT
                    ? new SettingsForm(draft.settings().version(), form.dueAt(), form.cutOffAt(),
                            form.allowResubmission(), form.maxPoints(), form.criteria(), form.teamSubmission())
                    : form;
            return render(e.kind().status, course, draft, kept.withBlanks(), errors, false);
        }
    }

    private Response render(int status, Course course, AssignmentService.Draft draft, SettingsForm form,
            List<FieldError> errors, boolean saved) {
        Locale locale = language.locale();
        SettingsPage page = new SettingsPage(course.code(), course.title().in(locale), draft.item().id(),
                draft.item().title().in(locale), form);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.settings(page, errors, saved)).render()).build();
    }
}
