package org.surgalt.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.assignment.AssignmentJson.BodyInput;
import org.surgalt.assignment.AssignmentJson.ExtensionInput;
import org.surgalt.assignment.AssignmentJson.ExtensionView;
import org.surgalt.assignment.AssignmentJson.FileView;
import org.surgalt.assignment.AssignmentJson.MySubmission;
import org.surgalt.assignment.AssignmentJson.Settings;
import org.surgalt.assignment.AssignmentJson.SettingsInput;
import org.surgalt.assignment.AssignmentJson.UploadInput;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/**
 * An assignment over the API: its settings (authors change them), the caller's own submission
 * (learners), and extensions (graders). Grading is under /api/courses/{courseId}/submissions.
 */
@Path("/api/courses/{courseId}/assignments/{itemId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
public class AssignmentApiResource {

    private final AssignmentService assignments;
    private final SubmissionService submissions;
    private final CourseService courses;
    private final CurrentUser currentUser;

    AssignmentApiResource(AssignmentService assignments, SubmissionService submissions, CourseService courses,
            CurrentUser currentUser) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "An assignment of the published course: instructions, dates (UTC), points and rubric")
    public Settings get(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        return Settings.of(assignments.published(viewer, courses.course(courseId), itemId));
    }

    @PUT
    @Operation(summary = "Change an assignment's settings and rubric (its authors; version: the settings' version edited)")
    public Settings change(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @NotNull @Valid SettingsInput input) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        assignments.change(viewer, course, itemId, input.toChange());
        return Settings.of(assignments.draft(viewer, course, itemId));
    }

    @GET
    @Path("submission")
    @Operation(summary = "The caller's own submission (state none when there is none); the grade once released")
    public MySubmission mine(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        Viewer viewer = currentUser.require();
        return MySubmission.of(submissions.mine(viewer, courses.course(courseId), itemId));
    }

    @PUT
    @Path("submission")
    @Operation(summary = "Save the caller's submission text as a draft")
    public MySubmission saveDraft(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @NotNull BodyInput input) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        submissions.saveDraft(viewer, course, itemId, input.body());
        return MySubmission.of(submissions.mine(viewer, course, itemId));
    }

    @POST
    @Path("submission/submit")
    @Operation(summary = "Submit (with this text); submitting what is already submitted changes nothing")
    public MySubmission submit(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @NotNull BodyInput input) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        submissions.submit(viewer, course, itemId, input.body());
        return MySubmission.of(submissions.mine(viewer, course, itemId));
    }

    @POST
    @Path("submission/files")
    @Operation(summary = "Add one of the caller's uploads (kind file) to their submission; refused uploads are refused with the reason")
    public FileView addFile(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @NotNull @Valid UploadInput input) {
        return FileView.of(submissions.addFile(currentUser.require(), courses.course(courseId), itemId,
                input.upload()));
    }

    @DELETE
    @Path("submission/files/{fileId}")
    @Operation(summary = "Remove a file from the caller's submission")
    public MySubmission removeFile(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @PathParam("fileId") long fileId) {
        Viewer viewer = currentUser.require();
        Course course = courses.course(courseId);
        submissions.removeFile(viewer, course, itemId, fileId);
        return MySubmission.of(submissions.mine(viewer, course, itemId));
    }

    @PUT
    @Path("extensions/{learnerId}")
    @Operation(summary = "Give a learner a later deadline (graders); the cut-off moves with it when it is earlier")
    public ExtensionView extend(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            @PathParam("learnerId") long learnerId, @NotNull @Valid ExtensionInput input) {
        Extension extension = assignments.extend(currentUser.require(), courses.course(courseId), itemId, learnerId,
                input.until());
        return new ExtensionView(itemId, extension.learnerId(), extension.until());
    }
}
