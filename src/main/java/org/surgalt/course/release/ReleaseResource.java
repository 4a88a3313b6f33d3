package org.surgalt.course.release;

import static org.surgalt.web.FormNumbers.whole;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
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
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.course.CourseService;
import org.surgalt.course.release.ReleaseAuthoring.Editor;
import org.surgalt.course.release.ReleaseAuthoring.Target;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Layout;

/** The authors' form of the conditions a draft item or module opens on (no script needed). */
@Path("/author/courses/{code}/release")
@Produces(MediaType.TEXT_HTML)
public class ReleaseResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance conditions(Editor editor, Form form, String action, String back,
                List<FieldError> errors, boolean saved);
    }

    /** The form as typed: ids ticked or chosen, the date as a datetime-local value. */
    public record Form(List<Long> items, String opensAt, List<Long> institutions, List<Long> cohorts,
            String quizItem, String quizAtLeast) {

        static Form of(ReleaseConditions conditions) {
            return new Form(conditions.items(), AssignmentTime.input(conditions.opensAt()), conditions.institutions(),
                    conditions.cohorts(), conditions.quizItem() == null ? "" : conditions.quizItem().toString(),
                    conditions.quizAtLeast() == null ? "" : conditions.quizAtLeast().toString());
        }

        public boolean hasItem(long id) {
            return items.contains(id);
        }

        public boolean hasInstitution(long id) {
            return institutions.contains(id);
        }

        public boolean hasCohort(long id) {
            return cohorts.contains(id);
        }

        public boolean isQuiz(long id) {
            return Long.toString(id).equals(quizItem);
        }

        ReleaseConditions parse() {
            Integer quiz = whole("quizItem", quizItem);
            return new ReleaseConditions(items, AssignmentTime.parseInput("opensAt", opensAt), institutions, cohorts,
                    quiz == null ? null : quiz.longValue(), whole("quizAtLeast", quizAtLeast));
        }
    }

    /** The form's fields as posted; an unticked list is not sent at all. */
    public static class Fields {
        @FormParam("item")
        List<Long> items;
        @FormParam("opensAt")
        String opensAt;
        @FormParam("institution")
        List<Long> institutions;
        @FormParam("cohort")
        List<Long> cohorts;
        @FormParam("quizItem")
        String quizItem;
        @FormParam("quizAtLeast")
        String quizAtLeast;

        Form form() {
            return new Form(list(items), opensAt, list(institutions), list(cohorts), quizItem, quizAtLeast);
        }
    }

    private final ReleaseAuthoring authoring;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;

    ReleaseResource(ReleaseAuthoring authoring, CourseService courses, CurrentUser currentUser, Layout layout) {
        this.authoring = authoring;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Path("items/{itemId}")
    @Operation(summary = "The form of the conditions a draft item opens on (HTML)")
    public Response item(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("saved") boolean saved) {
        return show(code, Target.item(itemId), saved);
    }

    @POST
    @Path("items/{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the conditions a draft item opens on (form)")
    public Response saveItem(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @BeanParam Fields fields) {
        return save(code, Target.item(itemId), fields.form());
    }

    @GET
    @Path("modules/{moduleId}")
    @Operation(summary = "The form of the conditions a draft module opens on besides its prerequisite (HTML)")
    public Response module(@PathParam("code") String code, @PathParam("moduleId") long moduleId,
            @QueryParam("saved") boolean saved) {
        return show(code, Target.module(moduleId), saved);
    }

    @POST
    @Path("modules/{moduleId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save the conditions a draft module opens on besides its prerequisite (form)")
    public Response saveModule(@PathParam("code") String code, @PathParam("moduleId") long moduleId,
            @BeanParam Fields fields) {
        return save(code, Target.module(moduleId), fields.form());
    }

    private Response show(String code, Target target, boolean saved) {
        Viewer viewer = currentUser.require();
        Editor editor = authoring.editor(viewer, courses.courseByCode(code).id(), target);
        return page(200, editor, Form.of(editor.conditions()), List.of(), saved);
    }

    private Response save(String code, Target target, Form form) {
        Viewer viewer = currentUser.require();
        long courseId = courses.courseByCode(code).id();
        try {
            authoring.save(viewer, courseId, target, form.parse());
            return Response.seeOther(URI.create(path(code, target) + "?saved=true")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page(400, authoring.editor(viewer, courseId, target), form, e.formErrors(), false);
        }
    }

    private Response page(int status, Editor editor, Form form, List<FieldError> errors, boolean saved) {
        String back = "/author/courses/" + editor.code()
                + (editor.target().isItem() ? "/items/" + editor.target().id() : "");
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.conditions(editor, form, path(editor.code(), editor.target()), back,
                        errors, saved)).render())
                .build();
    }

    private static String path(String code, Target target) {
        return "/author/courses/" + code + "/release/" + target.type() + "s/" + target.id();
    }

    private static List<Long> list(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }
}
