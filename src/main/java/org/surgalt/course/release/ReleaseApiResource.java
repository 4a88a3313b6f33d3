package org.surgalt.course.release;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.course.release.ReleaseAuthoring.Target;
import org.surgalt.identity.CurrentUser;

/**
 * The release conditions of a draft item or module as JSON: {"items": [ids], "opensAt": instant,
 * "institutions": [ids], "cohorts": [ids], "quizItem": id, "quizAtLeast": percent}; a field left
 * out is no such condition. A PUT replaces them all.
 */
@Path("/api/courses/{courseId}/release")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
public class ReleaseApiResource {

    private final ReleaseAuthoring authoring;
    private final CurrentUser currentUser;

    ReleaseApiResource(ReleaseAuthoring authoring, CurrentUser currentUser) {
        this.authoring = authoring;
        this.currentUser = currentUser;
    }

    @GET
    @Path("items/{itemId}")
    @Operation(summary = "The conditions a draft item opens on (authors, reviewers)")
    public ReleaseConditions item(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId) {
        return authoring.editor(currentUser.require(), courseId, Target.item(itemId)).conditions();
    }

    @PUT
    @Path("items/{itemId}")
    @Operation(summary = "Set the conditions a draft item opens on; learners get them with the next published version")
    public ReleaseConditions saveItem(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            ReleaseConditions conditions) {
        return authoring.save(currentUser.require(), courseId, Target.item(itemId), conditions);
    }

    @GET
    @Path("modules/{moduleId}")
    @Operation(summary = "The conditions a draft module opens on besides its prerequisite (authors, reviewers)")
    public ReleaseConditions module(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId) {
        return authoring.editor(currentUser.require(), courseId, Target.module(moduleId)).conditions();
    }

    @PUT
    @Path("modules/{moduleId}")
    @Operation(summary = "Set the conditions a draft module opens on besides its prerequisite")
    public ReleaseConditions saveModule(@PathParam("courseId") long courseId, @PathParam("moduleId") long moduleId,
            ReleaseConditions conditions) {
        return authoring.save(currentUser.require(), courseId, Target.module(moduleId), conditions);
    }
}
