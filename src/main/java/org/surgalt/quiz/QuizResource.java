package org.surgalt.quiz;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.quiz.QuizViews.AttemptView;
import org.surgalt.quiz.QuizViews.QuizOverview;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/**
 * A learner's quiz pages: the quiz with their attempts, an attempt as one form (every answer
 * field named {@code q<questionId>}; "save" keeps it open, "submit" grades it), and its review.
 * No script needed: the deadline is shown and enforced by the server.
 */
@Path("/courses/{code}/quizzes/{itemId}")
@Produces(MediaType.TEXT_HTML)
public class QuizResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(QuizOverview quiz);

        static native TemplateInstance attempt(QuizOverview quiz, AttemptView attempt, boolean saved);
    }

    private final AttemptService attempts;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    QuizResource(AttemptService attempts, CourseService courses, CurrentUser currentUser, Layout layout,
            Language language) {
        this.attempts = attempts;
        this.courses = courses;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "A quiz with the learner's attempts and a button to start one (HTML)")
    public TemplateInstance quiz(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        return layout.apply(Templates.quiz(attempts.overview(viewer, language.locale(), courses.courseByCode(code).id(), itemId)));
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Start an attempt, or continue the one in progress (form)")
    public Response start(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        AttemptView attempt = attempts.start(viewer, courses.courseByCode(code).id(), itemId).attempt();
        return seeOther(code, itemId, attempt.id(), false);
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "An attempt: its form while open, its review once submitted (HTML)")
    public TemplateInstance attempt(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @PathParam("attemptId") long attemptId, @QueryParam("saved") boolean saved) {
        Viewer viewer = currentUser.require();
        long courseId = courses.courseByCode(code).id();
        AttemptView attempt = attempts.attempt(viewer, courseId, itemId, attemptId);
        return layout.apply(Templates.attempt(attempts.overview(viewer, language.locale(), courseId, itemId), attempt, saved));
    }

    @POST
    @Path("attempts/{attemptId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save (action=save) or submit (action=submit) an attempt's answers (form)")
    public Response answer(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @PathParam("attemptId") long attemptId, MultivaluedMap<String, String> form) {
        Viewer viewer = currentUser.require();
        long courseId = courses.courseByCode(code).id();
        Map<Long, List<String>> answers = answers(form);
        boolean submit = "submit".equals(form.getFirst("action"));
        AttemptView attempt = submit ? attempts.submit(viewer, courseId, itemId, attemptId, answers)
                : attempts.save(viewer, courseId, itemId, attemptId, answers, true);
        return seeOther(code, itemId, attempt.id(), attempt.open());
    }

    /**
     * Fields {@code q<questionId>}, plus {@code shown} listing every question of the form: a
     * question whose radio buttons or boxes were all left empty sends nothing, and saving that
     * must clear what was saved before.
     */
    private static Map<Long, List<String>> answers(MultivaluedMap<String, String> form) {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        for (String shown : form.getOrDefault("shown", List.of())) {
            try {
                answers.put(Long.parseLong(shown.strip()), List.of());
            } catch (NumberFormatException e) {
                throw org.surgalt.platform.DomainException.invalid("answers", "name a question that is not in this attempt");
            }
        }
        form.forEach((name, values) -> {
            if (name.startsWith("q")) {
                try {
                    answers.put(Long.parseLong(name.substring(1)), values);
                } catch (NumberFormatException e) {
                    throw org.surgalt.platform.DomainException.invalid("answers." + name, "is not a question of this attempt");
                }
            }
        });
        return answers;
    }

    private static Response seeOther(String code, long itemId, long attemptId, boolean saved) {
        return Response.seeOther(URI.create("/courses/" + code + "/quizzes/" + itemId + "/attempts/" + attemptId
                + (saved ? "?saved=true" : ""))).build();
    }
}
