package org.surgalt.assignment.grading;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.assignment.AssignmentJson.FileView;
import org.surgalt.assignment.AssignmentJson.GradeView;
import org.surgalt.assignment.AssignmentJson.UploadInput;
import org.surgalt.assignment.Submission;
import org.surgalt.assignment.SubmissionFile;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Grading over the API: a course's handed-in submissions, grading, releasing. For its graders, authors and admins. */
@Path("/api/courses/{courseId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grading")
public class GradingApiResource {

    private final GradingService grading;
    private final CourseService courses;
    private final CurrentUser currentUser;

    GradingApiResource(GradingService grading, CourseService courses, CurrentUser currentUser) {
        this.grading = grading;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    /** One row of the queue. */
    public record QueueRow(long id, long itemId, long moduleId, long learnerId, String learner, String state,
            Instant submittedAt, boolean late, boolean released, long version) {
    }

    /** A submission as its graders see it; {@code version} is what a grade must name. */
    public record SubmissionView(long id, long itemId, long moduleId, long learnerId, String learner, String state,
            String body, int attempts, Instant submittedAt, boolean late, List<FileView> files, GradeView grade,
            boolean released, long version) {

        static SubmissionView of(GradingService.Graded graded) {
            Submission s = graded.submission();
            return new SubmissionView(s.id(), s.itemId(), s.moduleId(), s.learnerId(), graded.learner(),
                    s.state().name().toLowerCase(Locale.ROOT), s.body(), s.attempts(), s.submittedAt(), s.late(),
                    s.files().stream().filter(SubmissionFile::isLearners).map(FileView::of).toList(),
                    s.points() == null ? null : GradeView.of(s), s.released(), s.version());
        }
    }

    /** {@code levels}: the chosen level's index for each rubric criterion, in order; {@code points} without a rubric. */
    public record GradeInput(@NotNull Long version, List<Integer> levels, Integer points, String feedback) {
    }

    public record Released(int released) {
    }

    @GET
    @Operation(summary = "The grading queue: handed-in submissions, oldest first (filters: module, item, status submitted|graded, late, released)")
    public List<QueueRow> queue(@PathParam("courseId") long courseId, @QueryParam("module") Long module,
            @QueryParam("item") Long item, @QueryParam("status") String status, @QueryParam("late") Boolean late,
            @QueryParam("released") Boolean released) {
        GradingService.Queue queue = grading.queue(currentUser.require(), courses.course(courseId),
                new GradingService.Filter(module, item, state(status), late, released));
        return queue.submissions().stream().map(s -> new QueueRow(s.id(), s.itemId(), s.moduleId(), s.learnerId(),
                queue.name(s), s.state().name().toLowerCase(Locale.ROOT),
                s.submittedAt(), s.late(), s.released(), s.version())).toList();
    }

    @GET
    @Path("{submissionId}")
    @Operation(summary = "One submission with its files and grade")
    public SubmissionView get(@PathParam("courseId") long courseId, @PathParam("submissionId") long submissionId) {
        return SubmissionView.of(grading.submission(currentUser.require(), courses.course(courseId), submissionId));
    }

    @POST
    @Path("{submissionId}/grade")
    @Operation(summary = "Grade a submission (409 when it changed since the version named: another grader was first)")
    public SubmissionView grade(@PathParam("courseId") long courseId, @PathParam("submissionId") long submissionId,
            @NotNull @Valid GradeInput input) {
        Viewer viewer = currentUser.require();
        return SubmissionView.of(grading.grade(viewer, courses.course(courseId), submissionId,
                new GradingService.Grade(input.version(), input.levels(), input.points(), input.feedback())));
    }

    @POST
    @Path("{submissionId}/release")
    @Operation(summary = "Release a graded submission's grade to its learner")
    public SubmissionView release(@PathParam("courseId") long courseId, @PathParam("submissionId") long submissionId) {
        return SubmissionView.of(grading.release(currentUser.require(), courses.course(courseId), submissionId));
    }

    @POST
    @Path("{submissionId}/feedback-files")
    @Operation(summary = "Add one of the grader's uploads (kind file) as a feedback file; learners see it once released")
    public FileView addFeedbackFile(@PathParam("courseId") long courseId, @PathParam("submissionId") long submissionId,
            @NotNull @Valid UploadInput input) {
        return FileView.of(grading.addFeedbackFile(currentUser.require(), courses.course(courseId), submissionId,
                input.upload()));
    }

    @POST
    @Path("release")
    @Operation(summary = "Release every graded, unreleased grade of the course (?item: of one assignment)")
    public Released releaseAll(@PathParam("courseId") long courseId, @QueryParam("item") Long item) {
        return new Released(grading.releaseAll(currentUser.require(), courses.course(courseId), item));
    }

    static Submission.State state(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status.strip()) {
            case "submitted" -> Submission.State.SUBMITTED;
            case "graded" -> Submission.State.GRADED;
            default -> throw DomainException.invalid("status", "must be submitted or graded");
        };
    }
}
