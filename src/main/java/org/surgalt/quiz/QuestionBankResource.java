package org.surgalt.quiz;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.quiz.QuizViews.ImportReport;
import org.surgalt.quiz.QuizViews.QuestionView;
import org.surgalt.web.Layout;

/** The authors' pages of a course's question bank: the list, a question's form, the QTI import. */
@Path("/author/courses/{code}/questions")
@Produces(MediaType.TEXT_HTML)
public class QuestionBankResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bank(BankPage bank, QuestionForm form, List<FieldError> errors,
                ImportReport report, boolean saved);

        static native TemplateInstance question(BankPage bank, QuestionForm form, List<FieldError> errors);
    }

    /** {@code canEdit}: false for reviewers, who read the bank. */
    public record BankPage(String code, String courseTitle, List<QuestionView> questions, boolean canEdit) {
    }

    private final QuestionService questions;
    private final CourseService courses;
    private final org.surgalt.course.CourseAccess access;
    private final CurrentUser currentUser;
    private final Layout layout;

    QuestionBankResource(QuestionService questions, CourseService courses, org.surgalt.course.CourseAccess access,
            CurrentUser currentUser, Layout layout) {
        this.questions = questions;
        this.courses = courses;
        this.access = access;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "A course's question bank with forms for a new question and a QTI import (HTML)")
    public TemplateInstance bank(@PathParam("code") String code, @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        return layout.apply(Templates.bank(page(viewer, code), QuestionForm.EMPTY, List.of(), null, saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a question to the bank (form)")
    public Response create(@PathParam("code") String code, @FormParam("kind") String kind,
            @FormParam("prompt") String prompt, @FormParam("points") String points,
            @FormParam("options") String options, @FormParam("truth") String truth,
            @FormParam("answer") String answer, @FormParam("tolerance") String tolerance,
            @FormParam("accepted") String accepted) {
        Viewer viewer = currentUser.require();
        QuestionForm form = new QuestionForm(null, kind, prompt, points, options, truth, answer, tolerance, accepted, 0);
        Course course = courses.courseByCode(code);
        try {
            questions.create(viewer, course.id(), form.content());
            return seeOther("/author/courses/" + code + "/questions?saved=true");
        } catch (DomainException e) {
            refuseUnlessFixable(e);
            return html(e.kind().status, Templates.bank(page(viewer, code), form, e.formErrors(), null, false));
        }
    }

    @GET
    @Path("{questionId}")
    @Operation(summary = "A question's form (HTML)")
    public TemplateInstance question(@PathParam("code") String code, @PathParam("questionId") long questionId) {
        Viewer viewer = currentUser.require();
        BankPage page = page(viewer, code);
        QuestionView question = questions.question(viewer, courses.courseByCode(code).id(), questionId);
        return layout.apply(Templates.question(page, QuestionForm.of(question), List.of()));
    }

    @POST
    @Path("{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a question (form; refused with a conflict when someone else saved it meanwhile)")
    public Response save(@PathParam("code") String code, @PathParam("questionId") long questionId,
            @FormParam("version") long version, @FormParam("kind") String kind, @FormParam("prompt") String prompt,
            @FormParam("points") String points, @FormParam("options") String options,
            @FormParam("truth") String truth, @FormParam("answer") String answer,
            @FormParam("tolerance") String tolerance, @FormParam("accepted") String accepted) {
        Viewer viewer = currentUser.require();
        QuestionForm form = new QuestionForm(questionId, kind, prompt, points, options, truth, answer, tolerance,
                accepted, version);
        Course course = courses.courseByCode(code);
        try {
            questions.edit(viewer, course.id(), questionId, version, form.content());
            return seeOther("/author/courses/" + code + "/questions?saved=true");
        } catch (DomainException e) {
            refuseUnlessFixable(e);
            return html(e.kind().status, Templates.question(page(viewer, code), form, e.formErrors()));
        } catch (jakarta.persistence.OptimisticLockException e) {
            return html(409, Templates.question(page(viewer, code), form, List.of(new FieldError("",
                    "Someone else saved this question while you were editing it."))));
        }
    }

    @POST
    @Path("{questionId}/delete")
    @Operation(summary = "Delete a question from the bank and from every quiz (form)")
    public Response delete(@PathParam("code") String code, @PathParam("questionId") long questionId) {
        questions.delete(currentUser.require(), courses.courseByCode(code).id(), questionId);
        return seeOther("/author/courses/" + code + "/questions?saved=true");
    }

    @POST
    @Path("qti")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import QTI 2.1 item files (multipart 'file' parts) and show what was imported and skipped (HTML)")
    public Response importQti(@PathParam("code") String code, @RestForm("file") List<FileUpload> files) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        try {
            ImportReport report = questions.importQti(viewer, course.id(), QuestionApiResource.read(files));
            return html(200, Templates.bank(page(viewer, code), QuestionForm.EMPTY, List.of(), report, false));
        } catch (DomainException e) {
            refuseUnlessFixable(e);
            return html(e.kind().status, Templates.bank(page(viewer, code), QuestionForm.EMPTY, e.formErrors(), null,
                    false));
        }
    }

    private BankPage page(Viewer viewer, String code) {
        Course course = courses.courseByCode(code);
        List<QuestionView> bank = questions.bank(viewer, course.id());
        return new BankPage(course.code(), course.title().in(viewer.locale()), bank, access.canEdit(viewer, course));
    }

    private static void refuseUnlessFixable(DomainException e) {
        if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
            throw e;
        }
    }


    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
