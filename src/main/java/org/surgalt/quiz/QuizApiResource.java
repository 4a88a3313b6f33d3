package org.surgalt.quiz;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;
import org.surgalt.quiz.QuizViews.AttemptView;
import org.surgalt.quiz.QuizViews.SettingsView;

/**
 * A quiz item over the API: its settings (authors) and a learner's own attempts. Answers are
 * {@code {"answers": {"<questionId>": ["<optionId>", ...] | ["text"] | ["true"]}}}.
 */
@Path("/api/courses/{courseId}/quizzes/{itemId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class QuizApiResource {

    private final QuizService quizzes;
    private final AttemptService attempts;
    private final CurrentUser currentUser;

    QuizApiResource(QuizService quizzes, AttemptService attempts, CurrentUser currentUser) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A quiz item's settings: question pool, draw, attempts, time limit, review (authors, reviewers)")
    public SettingsView settings(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return quizzes.settings(currentUser.require(), courseId, itemId);
    }

    @PUT
    @Operation(summary = "Change a quiz item's settings; they apply to attempts started afterwards")
    public SettingsView save(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            QuizService.SettingsInput input) {
        if (input == null) {
            throw DomainException.invalid("review", "must be one of nothing, score, answers");
        }
        return quizzes.save(currentUser.require(), courseId, itemId, input);
    }

    @GET
    @Path("attempts")
    @Operation(summary = "The caller's own attempts at the quiz")
    public List<AttemptView> attempts(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return attempts.attempts(currentUser.require(), courseId, itemId);
    }

    @POST
    @Path("attempts")
    @Operation(summary = "Start an attempt (201), or get the one in progress (200); 409 once all attempts are used")
    public Response start(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        AttemptService.Started started = attempts.start(currentUser.require(), courseId, itemId);
        return Response.status(started.created() ? 201 : 200).entity(started.attempt()).build();
    }

    @GET
    @Path("attempts/{attemptId}")
    @Operation(summary = "One of the caller's attempts: its questions while open, its review (as the quiz allows) once finished")
    public AttemptView attempt(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @PathParam("attemptId") long attemptId) {
        return attempts.attempt(currentUser.require(), courseId, itemId, attemptId);
    }

    @PUT
    @Path("attempts/{attemptId}/answers")
    @Operation(summary = "Save answers of an attempt in progress; 400 (nothing saved) for a question not in it, "
            + "409 once submitted or after the deadline")
    public AttemptView save(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @PathParam("attemptId") long attemptId, AnswersInput input) {
        return attempts.save(currentUser.require(), courseId, itemId, attemptId, AnswersInput.parse(input), false);
    }

    @POST
    @Path("attempts/{attemptId}/submission")
    @Operation(summary = "Submit an attempt, with last answers if any, and grade it; after the deadline only "
            + "answers saved in time count; 409 when submitted already")
    public AttemptView submit(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @PathParam("attemptId") long attemptId, AnswersInput input) {
        return attempts.submit(currentUser.require(), courseId, itemId, attemptId, AnswersInput.parse(input));
    }

    public record AnswersInput(Map<String, List<String>> answers) {

        static Map<Long, List<String>> parse(AnswersInput input) {
            Map<Long, List<String>> parsed = new LinkedHashMap<>();
            if (input == null || input.answers() == null) {
                return parsed;
            }
            input.answers().forEach((key, values) -> {
                try {
                    parsed.put(Long.parseLong(key.strip()), values == null ? List.of() : values);
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("answers." + key, "is not a question of this attempt");
                }
            });
            return parsed;
        }
    }
}
