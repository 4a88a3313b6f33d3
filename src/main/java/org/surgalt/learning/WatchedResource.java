package org.surgalt.learning;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;

/**
 * The "Mark as watched" button of a video page, for learners without JavaScript or whose browser
 * cannot play the video: the learner says they watched it, which counts as watching all of it.
 */
@Path("/courses/{code}/items/{itemId}/watched")
@Produces(MediaType.TEXT_HTML)
public class WatchedResource {

    private final LearningService learning;
    private final CourseService courses;
    private final CurrentUser currentUser;

    WatchedResource(LearningService learning, CourseService courses, CurrentUser currentUser) {
        this.learning = learning;
        this.courses = courses;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Mark a video item as watched (form; the no-JavaScript way)")
    public Response markWatched(@PathParam("code") String code, @PathParam("itemId") long itemId) {
        var viewer = currentUser.require();
        learning.watched(viewer, courses.courseByCode(code).id(), itemId, 1.0);
        return Response.seeOther(URI.create("/courses/" + code + "/items/" + itemId)).build();
    }
}
