package org.surgalt.course;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.content.AssetStore;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;

/** A file the course's lessons refer to by name (an image in a page), served like an item's file to whoever may read a lesson that shows it. */
@Path("/courses/{code}/files/{filename}")
public class LessonFileResource {

    private final CourseService courses;
    private final CurrentUser currentUser;
    private final AssetStore store;
    private final ItemAccess itemAccess;

    LessonFileResource(CourseService courses, CurrentUser currentUser, AssetStore store, ItemAccess itemAccess) {
        this.itemAccess = itemAccess;
        this.courses = courses;
        this.currentUser = currentUser;
        this.store = store;
    }

    @GET
    @Operation(summary = "A lesson file by name (Range and If-None-Match supported); version=draft or a number for authors and reviewers")
    public Response download(@PathParam("code") String code, @PathParam("filename") String filename,
            @QueryParam("version") String version, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        var viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        CourseContent content = courses.content(viewer, course, version);
        Item.AttachedFile file = content.assets().get(filename);
        if (file == null) {
            throw DomainException.notFound("file", filename);
        }
        itemAccess.reading(viewer, course, content).requireMayReadLessonFile(filename);
        return ItemFileResource.serve(store, file, range, ifNoneMatch);
    }
}
