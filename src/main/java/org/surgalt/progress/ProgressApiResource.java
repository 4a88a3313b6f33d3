package org.surgalt.progress;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.web.Language;

/** A learner's progress in a course over the API, for staff, their coordinators and themselves. */
@Path("/api/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressApiResource {

    private final LearnerProgressService learners;
    private final CourseService courses;
    private final CurrentUser currentUser;
    private final Language language;

    ProgressApiResource(LearnerProgressService learners, CourseService courses, CurrentUser currentUser,
            Language language) {
        this.learners = learners;
        this.courses = courses;
        this.currentUser = currentUser;
        this.language = language;
    }

    @GET
    @Path("/courses/{courseId}/learners/{userId}")
    @Operation(summary = "One learner's modules and items in a course, whether it is complete and what is left")
    public LearnerProgressView learner(@PathParam("courseId") long courseId, @PathParam("userId") long userId) {
        return learners.learner(currentUser.require(), courses.course(courseId), userId, language.locale());
    }
}
