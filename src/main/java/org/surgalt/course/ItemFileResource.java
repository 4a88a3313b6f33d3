package org.surgalt.course;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.content.AssetStore;
import org.surgalt.content.ByteRange;
import org.surgalt.identity.CurrentUser;
import org.surgalt.platform.DomainException;

/**
 * Downloads of an item's uploaded file, for whoever may read the item ({@link ItemAccess}). Only types a browser
 * shows without running anything of the file's are served inline; everything else is an
 * attachment with a neutral type, and every response forbids sniffing (nosniff is global) and,
 * for attachments, runs in a CSP sandbox. Ranges (video seeking, resumed downloads) and ETags
 * (the content's SHA-256, so a cached copy stays valid until the content changes).
 */
@Path("/courses/{code}/items/{itemId}/file")
public class ItemFileResource {

    private static final Set<String> INLINE = Set.of("application/pdf", "image/jpeg", "image/png", "image/gif",
            "image/webp", "video/mp4", "video/webm", "text/plain");

    private final CourseService courses;
    private final CurrentUser currentUser;
    private final AssetStore store;
    private final ItemAccess itemAccess;

    ItemFileResource(CourseService courses, CurrentUser currentUser, AssetStore store, ItemAccess itemAccess) {
        this.itemAccess = itemAccess;
        this.courses = courses;
        this.currentUser = currentUser;
        this.store = store;
    }

    @GET
    @Operation(summary = "Download an item's file (Range and If-None-Match supported); version=draft or a number for authors and reviewers")
    public Response download(@PathParam("code") String code, @PathParam("itemId") long itemId,
            @QueryParam("version") String version, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) throws IOException {
        var viewer = currentUser.require();
        Course course = courses.courseByCode(code);
        CourseContent content = courses.content(viewer, course, version);
        CourseContent.ItemContent item = content.item(itemId).filter(found -> found.file() != null)
                .orElseThrow(() -> DomainException.notFound("file of item", itemId));
        itemAccess.requireMayRead(viewer, course, content, item);
        return serve(store, item.file(), range, ifNoneMatch);
    }

    /** Streams an asset with ranges, ETag, and inline only for types a browser shows without running them. */
    public static Response serve(AssetStore store, Item.AttachedFile file, String range, String ifNoneMatch) throws IOException {
        String etag = "\"" + file.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().tag(file.sha256()).build();
        }
        long size = store.size(file.sha256());
        boolean inline = file.mediaType() != null && INLINE.contains(file.mediaType());
        ByteRange part = ByteRange.of(range, size);
        if (part == null) {
            return Response.status(416).header("Content-Range", "bytes */" + size).build();
        }
        Response.ResponseBuilder response = part.partial()
                ? Response.status(206).header("Content-Range", part.contentRange()) : Response.ok();
        long length = part.length();
        StreamingOutput body = part.body(store, file.sha256());
        response.entity(body)
                .type(inline ? file.mediaType() : "application/octet-stream")
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("Cache-Control", "private, max-age=3600")
                .header("Content-Disposition", disposition(inline, file.filename()));
        if (!inline) {
            response.header("Content-Security-Policy", "default-src 'none'; sandbox");
        }
        return response.build();
    }

    /** RFC 6266: an ASCII fallback and the real (e.g. Cyrillic) name in UTF-8. */
    static String disposition(boolean inline, String filename) {
        String name = filename == null || filename.isBlank() ? "file" : filename;
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
