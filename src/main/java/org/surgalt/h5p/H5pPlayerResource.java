package org.surgalt.h5p;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.contentorigin.ContentOrigin;
import org.surgalt.contentorigin.PackageFiles;
import org.surgalt.contentorigin.PlayerPages;
import org.surgalt.platform.DomainException;

/**
 * The content origin's H5P routes (contentorigin/ContentOriginGate lets them answer there and only
 * there): the player page, h5p-standalone and the page's own script, the package files, and the
 * saves of the learner's state. Nothing here reads a cookie: the page and the saves prove who
 * they are with launch tokens, and package files are addressed by the package's SHA-256.
 */
@Path("/h5p")
public class H5pPlayerResource {

    /** Where h5p-standalone is served (pom.xml puts its npm tarball's dist/ there, by version). */
    static final String LIBRARY = "/h5p/lib/h5p-standalone-3.8.2";
    private static final Pattern LIB_PATH = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "json", "application/json", "woff2", "font/woff2", "woff", "font/woff",
            "gif", "image/gif", "svg", "image/svg+xml", "txt", "text/plain;charset=UTF-8");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance player(H5pPlayerService.Player view);
    }

    private final H5pPlayerService players;
    private final H5pStateService states;
    private final PackageFiles files;
    private final ContentOrigin origin;
    private final PlayerPages pages;

    H5pPlayerResource(H5pPlayerService players, H5pStateService states, PackageFiles files, ContentOrigin origin,
            PlayerPages pages) {
        this.players = players;
        this.states = states;
        this.files = files;
        this.origin = origin;
        this.pages = pages;
    }

    @GET
    @Path("launch/{token}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The H5P player (content origin), opened with a launch token from the application")
    public Response launch(@PathParam("token") String token, @Context HttpServerRequest request) {
        try {
            H5pPlayerService.Player player = players.open(token, origin.appFor(request));
            return pages.page(Templates.player(player), player.lang());
        } catch (DomainException e) {
            return pages.refused(e);
        }
    }

    @POST
    @Path("state")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the learner's H5P user data (content origin), with the player's session token and a "
            + "save number; any content type, since sendBeacon sends text/plain")
    public Response state(String body) {
        H5pStateService.Answer answer = states.save(body);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stored", answer.stored());
        if (answer.message() != null) {
            json.put("message", answer.message());
        }
        if (answer.token() != null) {
            json.put("token", answer.token());
        }
        return Response.status(answer.status()).entity(json).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("files/{sha256}/{path: .+}")
    @Operation(summary = "A file of an unpacked H5P package (content origin): h5p.json, content, libraries")
    public Response file(@PathParam("sha256") String sha256, @PathParam("path") String path,
            @HeaderParam("Range") String range) {
        return files.serve(sha256, path, range);
    }

    @GET
    @Path("lib/{path: .+}")
    @Operation(summary = "h5p-standalone and the player page's script and style (content origin)")
    public Response library(@PathParam("path") String path) {
        if (!LIB_PATH.matcher(path).matches()) {
            return PackageFiles.notFound();
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("h5p/lib/" + path);
        if (in == null) {
            return PackageFiles.notFound();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        // h5p-standalone's address names its version; the page's own files change with Surgalt.
        String caching = path.startsWith("h5p-standalone-") ? "max-age=31536000, immutable" : "max-age=300";
        return Response.ok(in).type(TYPES.getOrDefault(extension, "application/octet-stream"))
                .header("Cache-Control", caching).build();
    }
}
