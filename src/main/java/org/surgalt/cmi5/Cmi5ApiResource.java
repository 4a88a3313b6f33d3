package org.surgalt.cmi5;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;

/** cmi5 for API clients: importing a course structure, waiving an AU for a learner. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5")
public class Cmi5ApiResource {

    private final ImportService imports;
    private final WaiverService waivers;
    private final CurrentUser currentUser;

    Cmi5ApiResource(ImportService imports, WaiverService waivers, CurrentUser currentUser) {
        this.imports = imports;
        this.waivers = waivers;
        this.currentUser = currentUser;
    }

    /** {@code upload}: an accepted package upload (a ZIP with cmi5.xml); {@code course}: a course to re-import into, or null. */
    public record ImportRequest(String upload, Long course) {
    }

    public record WaiverRequest(Long learner, String reason) {
    }

    @POST
    @Path("cmi5/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a zipped cmi5 course (an accepted package upload) into a new course, or as a new "
            + "draft of a course one authors")
    public Response importUpload(ImportRequest request) {
        if (request == null || request.upload() == null || request.upload().isBlank()) {
            throw DomainException.invalid("upload", "is required: the id of an uploaded ZIP with cmi5.xml");
        }
        return created(imports.importUpload(currentUser.require(), request.course(), request.upload().strip()));
    }

    @POST
    @Path("cmi5/imports")
    @Consumes({"application/xml", "text/xml"})
    @Operation(summary = "Import a cmi5.xml on its own (every AU at an absolute URL) into a new course, or as a new "
            + "draft of a course one authors (?course=)")
    public Response importXml(byte[] xml, @QueryParam("course") Long course) {
        return created(imports.importXml(currentUser.require(), course, xml == null ? new byte[0] : xml));
    }

    @POST
    @Path("courses/{courseId}/cmi5/{itemId}/waivers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waive a cmi5 AU for an enrolled learner (course authors and graders); the reason is one of "
            + "Tested Out, Equivalent AU, Equivalent Outside Activity, Administrative")
    public Response waive(@PathParam("courseId") long courseId, @PathParam("itemId") long itemId,
            WaiverRequest request) {
        if (request == null || request.learner() == null) {
            throw DomainException.invalid("learner", "is required");
        }
        waivers.waive(currentUser.require(), courseId, itemId, request.learner(), request.reason());
        return Response.noContent().build();
    }

    private static Response created(ImportService.Imported imported) {
        return Response.created(URI.create("/api/courses/" + imported.courseId())).entity(imported).build();
    }
}
