package org.surgalt.content;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Problem;

/**
 * Resumable uploads over tus 1.0.0 (core, creation, termination): https://tus.io/protocols/resumable-upload.
 * Works with tus-js-client and any other tus client; browsers must also send the X-CSRF-Token
 * header with the bytes, as with every non-JSON request.
 */
@Path("/api/uploads")
@Tag(name = "Uploads")
public class TusResource {

    static final String VERSION = "1.0.0";
    static final String OCTETS = "application/offset+octet-stream";

    private final UploadService uploads;
    private final CurrentUser currentUser;

    TusResource(UploadService uploads, CurrentUser currentUser) {
        this.uploads = uploads;
        this.currentUser = currentUser;
    }

    @OPTIONS
    public Response options() {
        return Response.noContent().header("Tus-Version", VERSION).header("Tus-Extension", "creation,termination")
                .header("Tus-Max-Size", uploads.maxSize()).build();
    }

    @POST
    @Operation(summary = "Begin an upload (tus creation): Upload-Length, Upload-Metadata filename, filetype and"
            + " kind (file, video, package or image: what the file is for, which decides the types allowed)")
    public Response create(@HeaderParam("Tus-Resumable") String resumable,
            @HeaderParam("Upload-Length") String length, @HeaderParam("Upload-Metadata") String metadata,
            UriInfo uri) throws IOException {
        var viewer = currentUser.require();
        if (!VERSION.equals(resumable)) {
            return unsupportedVersion(uri);
        }
        if (length == null || !length.matches("\\d{1,19}")) {
            throw DomainException.invalid("Upload-Length", "is required: the size of the file in bytes");
        }
        Map<String, String> meta = metadata(metadata);
        Upload upload = uploads.create(viewer, Long.parseLong(length), filename(meta.get("filename")),
                meta.get("filetype"), kind(meta.get("kind")));
        return Response.created(uri.getAbsolutePathBuilder().path(upload.id()).build())
                .header("Upload-Offset", upload.offset()).build();
    }

    @HEAD
    @Path("/{uploadId}")
    public Response offset(@PathParam("uploadId") String id, @HeaderParam("Tus-Resumable") String resumable,
            UriInfo uri) {
        Upload upload = uploads.owned(currentUser.require(), id);
        return Response.ok().header("Upload-Offset", upload.offset()).header("Upload-Length", upload.length())
                .header("Cache-Control", "no-store").build();
    }

    @PATCH
    @Path("/{uploadId}")
    @Consumes(OCTETS)
    @Operation(summary = "Add bytes at Upload-Offset (tus core)")
    public Response append(@PathParam("uploadId") String id, @HeaderParam("Tus-Resumable") String resumable,
            @HeaderParam("Upload-Offset") String offset, InputStream body, UriInfo uri) throws IOException {
        var viewer = currentUser.require();
        if (!VERSION.equals(resumable)) {
            return unsupportedVersion(uri);
        }
        if (offset == null || !offset.matches("\\d{1,19}")) {
            throw DomainException.invalid("Upload-Offset", "is required: the number of bytes already sent");
        }
        long now = uploads.append(viewer, id, Long.parseLong(offset), body);
        return Response.noContent().header("Upload-Offset", now).build();
    }

    @DELETE
    @Path("/{uploadId}")
    @Operation(summary = "Cancel an upload and delete its bytes (tus termination)")
    public Response terminate(@PathParam("uploadId") String id, @HeaderParam("Tus-Resumable") String resumable,
            UriInfo uri) throws IOException {
        var viewer = currentUser.require();
        if (!VERSION.equals(resumable)) {
            return unsupportedVersion(uri);
        }
        uploads.terminate(viewer, id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{uploadId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of an upload and of the processing of its content")
    public Response status(@PathParam("uploadId") String id) {
        return Response.ok(uploads.status(currentUser.require(), id)).header("Cache-Control", "no-store").build();
    }

    private static Response unsupportedVersion(UriInfo uri) {
        Problem problem = new Problem("about:blank", "Precondition Failed", 412,
                "This server speaks tus " + VERSION + ": send Tus-Resumable: " + VERSION + ".",
                uri.getRequestUri().getRawPath(), List.of(), null);
        return Response.status(412).header("Tus-Version", VERSION).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "filename d29ybGQ=,filetype dGV4dC9wbGFpbg==": keys with base64 values, values optional. */
    static Map<String, String> metadata(String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.trim().split(" ", 2);
            try {
                values.put(parts[0], parts.length < 2 ? ""
                        : new String(Base64.getDecoder().decode(parts[1].trim()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("Upload-Metadata", "has a value that is not base64: " + parts[0]);
            }
        }
        return values;
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static FileKind kind(String given) {
        if (given == null || given.isBlank()) {
            return FileKind.FILE;
        }
        return java.util.Arrays.stream(FileKind.values())
                .filter(kind -> kind.name().equalsIgnoreCase(given.strip()))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("Upload-Metadata",
                        "kind must be file, video, package or image, not '" + given + "'"));
    }

    static String filename(String given) {
        String name = given == null ? "" : given.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() <= 255 ? name : name.substring(0, 255);
    }
}
