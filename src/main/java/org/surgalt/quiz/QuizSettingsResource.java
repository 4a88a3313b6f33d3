package org.surgalt.quiz;

import static org.surgalt.web.FormNumbers.whole;

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

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.assignment.AssignmentTime;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.quiz.QuizViews.QuestionView;
import org.surgalt.web.Layout;

/** The settings page of a quiz item: its questions from the bank, draw, attempts, time limit, review. */
@Path("/author/quizzes/{code}/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class QuizSettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(String code, long itemId, String title, List<QuestionView> bank,
                SettingsForm form, int passMark, List<FieldError> errors, boolean saved);
    }

    /** The form as typed; the time limit in whole minutes; the window as datetime-local values in Ulaanbaatar time. */
    public record SettingsForm(List<Long> questions, String draw, boolean shuffleOptions, String maxAttempts,
            String timeLimitMinutes, String review, String opensAt, String closesAt) {

        public boolean has(long questionId) {
            return questions.contains(questionId);
        }
    }

    private final QuizService quizzes;
    private final QuestionService questions;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;

    QuizSettingsResource(QuizService quizzes, QuestionService questions, CourseService courses,
            CurrentUser currentUser, Layout layout) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "A quiz item's settings form (HTML)")
    public TemplateInstance settings(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        QuizViews.SettingsView current = quizzes.settings(viewer, course.id(), itemId);
        SettingsForm form = new SettingsForm(current.questions(), text(current.draw()), current.shuffleOptions(),
                text(current.maxAttempts()), current.timeLimitSeconds() == null ? ""
                        : String.valueOf((current.timeLimitSeconds() + 59) / 60), current.review(),
                AssignmentTime.input(current.opensAt()), AssignmentTime.input(current.closesAt()));
        return layout.apply(Templates.settings(code, itemId, current.title(), questions.bank(viewer, course.id()),
                form, current.passMark(), List.of(), saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save a quiz item's settings (form)")
    public Response save(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @FormParam("question") List<Long> pool, @FormParam("draw") String draw,
            @FormParam("shuffleOptions") String shuffle, @FormParam("maxAttempts") String maxAttempts,
            @FormParam("timeLimitMinutes") String minutes, @FormParam("review") String review,
            @FormParam("opensAt") String opensAt, @FormParam("closesAt") String closesAt) {
        Viewer viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        SettingsForm form = new SettingsForm(pool == null ? List.of() : pool, draw, "on".equals(shuffle),
                maxAttempts, minutes, review, opensAt, closesAt);
        try {
            Integer limit = whole("timeLimitMinutes", minutes);
            quizzes.save(viewer, course.id(), itemId, new QuizService.SettingsInput(form.questions(),
                    whole("draw", draw), form.shuffleOptions(), whole("maxAttempts", maxAttempts),
                    limit == null ? null : limit * 60, review, AssignmentTime.parseInput("opensAt", opensAt),
                    AssignmentTime.parseInput("closesAt", closesAt)));
            return QuestionBankResource.seeOther("/author/quizzes/" + code + "/" + itemId + "?saved=true");
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            QuizViews.SettingsView current = quizzes.settings(viewer, course.id(), itemId);
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(layout.apply(Templates.settings(code, itemId, current.title(),
                            questions.bank(viewer, course.id()), form, current.passMark(),
                            e.formErrors(), false)).render())
                    .build();
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
