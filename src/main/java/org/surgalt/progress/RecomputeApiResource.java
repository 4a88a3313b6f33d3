package org.surgalt.progress;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;

/** The recomputes of a course's progress (after publications and rule changes) and what they changed. */
@Path("/api/courses/{courseId}/recomputes")
@Produces(MediaType.APPLICATION_JSON)
public class RecomputeApiResource {

    private final RecomputeService recomputes;
    private final CourseService courses;
    private final ProgressAccess access;
    private final CurrentUser currentUser;

    RecomputeApiResource(RecomputeService recomputes, CourseService courses, ProgressAccess access,
            CurrentUser currentUser) {
        this.recomputes = recomputes;
        this.courses = courses;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GET
    @Transactional
    @Operation(summary = "The course's progress recomputes, newest first, with learners counted and changed")
    public List<RecomputeLog.Recompute> list(@PathParam("courseId") long courseId) {
        access.requireCanSeeCourse(currentUser.require(), courses.course(courseId));
        return recomputes.ofCourse(courseId);
    }

    @GET
    @Path("/{recomputeId}/changes")
    @Transactional
    @Operation(summary = "The learners whose numbers a recompute changed: done, required and complete, before and after")
    public List<RecomputeLog.Audit> changes(@PathParam("courseId") long courseId,
            @PathParam("recomputeId") long recomputeId) {
        access.requireCanSeeCourse(currentUser.require(), courses.course(courseId));
        return recomputes.changes(courseId, recomputeId);
    }
}
