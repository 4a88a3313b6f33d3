package org.surgalt.learning;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;

/** Where the video page's script (static/video-progress.js) reports how much of a video was watched. */
@Path("/api/courses/{courseId}/items/{itemId}/watched")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchedApiResource {

    private final LearningService learning;
    private final CourseService courses;
    private final CurrentUser currentUser;

    WatchedApiResource(LearningService learning, CourseService courses, CurrentUser currentUser) {
        this.learning = learning;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    /** {@code share}: the part of the video watched, 0 to 1. */
    public record Report(Double share) {
    }

    @POST
    @Operation(summary = "Report the share of a video item watched; it counts as viewed from the configured share on")
    public LearningService.Watched watched(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            Report report) {
        var viewer = currentUser.require();
        if (report == null || report.share() == null) {
            // Authorised first, like every route: a refused caller learns nothing from the body.
            courses.content(viewer, courses.course(courseId), null);
            throw DomainException.invalid("share", "is required");
        }
        return learning.watched(viewer, courseId, itemId, report.share());
    }
}
