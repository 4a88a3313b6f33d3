package org.surgalt.cmi5;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;

/** cmi5 imports for API clients: a course structure into a new course or a new draft. */
@Path("/api/cmi5")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cmi5")
public class Cmi5ApiResource {

    private final ImportService imports;
    private final CurrentUser currentUser;

    Cmi5ApiResource(ImportService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    /** {@code upload}: an accepted package upload (a ZIP with cmi5.xml); {@code course}: a course to re-import into, or null. */
    public record ImportRequest(String upload, Long course) {
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a zipped cmi5 course (an accepted package upload) into a new course, or as a new "
            + "draft of a course one authors")
    public Response importUpload(ImportRequest request) {
        ImportRequest given = request == null ? new ImportRequest(null, null) : request;
        return created(imports.importUpload(currentUser.require(), given.course(), given.upload()));
    }

    @POST
    @Path("imports")
    @Consumes({"application/xml", "text/xml"})
    @Operation(summary = "Import a cmi5.xml on its own (every AU at an absolute URL) into a new course, or as a new "
            + "draft of a course one authors (?course=)")
    public Response importXml(byte[] xml, @QueryParam("course") Long course) {
        return created(imports.importXml(currentUser.require(), course, xml == null ? new byte[0] : xml));
    }

    private static Response created(ImportService.Imported imported) {
        return Response.created(URI.create("/api/courses/" + imported.courseId())).entity(imported).build();
    }
}
