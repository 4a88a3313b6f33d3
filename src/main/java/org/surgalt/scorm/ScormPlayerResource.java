package org.surgalt.scorm;

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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.contentorigin.ContentOrigin;
import org.surgalt.platform.DomainException;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Language;

/**
 * The content origin's routes (contentorigin/ContentOriginGate lets them answer there and only
 * there): the player page, the runtime library and player script, the package files, and the
 * commit endpoint. Nothing here reads a cookie; the player page and the commits prove who they
 * are with launch tokens, and package files are addressed by the package's SHA-256, which only
 * someone who was given a launch of it knows.
 */
@Path("/scorm")
public class ScormPlayerResource {

    private static final Pattern LIBRARY = Pattern.compile("(scorm-again-[0-9.]+/)?[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> LIBRARY_TYPES = Map.of("js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "map", "application/json", "json", "application/json");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance player(PlayerService.Player view);

        /** A refusal on the content origin: a plain page, since the site's layout and links belong to the application. */
        static native TemplateInstance refused(String lang, String message);
    }

    private final PlayerService players;
    private final CommitService commits;
    private final ScormPackages packages;
    private final ContentOrigin origin;
    private final Language language;

    ScormPlayerResource(PlayerService players, CommitService commits, ScormPackages packages, ContentOrigin origin,
            Language language) {
        this.language = language;
        this.players = players;
        this.commits = commits;
        this.packages = packages;
        this.origin = origin;
    }

    @GET
    @Path("launch/{token}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The SCORM player (content origin), opened with a launch token from the application")
    public Response launch(@PathParam("token") String token, @Context HttpServerRequest request) {
        try {
            PlayerService.Player player = players.open(token, origin.appFor(request));
            return Response.ok(Templates.player(player).setLocale(Locale.forLanguageTag(player.lang())).render())
                    .type("text/html;charset=UTF-8").header("Cache-Control", "no-store").build();
        } catch (DomainException e) {
            // The content origin has no language cookie: the browser's Accept-Language says it.
            Locale locale = language.apiLocale();
            return Response.status(e.kind().status).type("text/html;charset=UTF-8").header("Cache-Control", "no-store")
                    .entity(Templates.refused(locale.getLanguage(), ErrorTexts.translate(e.getMessage(), locale)).render())
                    .build();
        }
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A SCORM commit (content origin): a SCO's runtime data, with the player's session token "
            + "and a commit sequence number; any content type, since sendBeacon sends text/plain")
    public Response commit(String body) {
        CommitService.Answer answer = commits.commit(body);
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("result", answer.result());
        json.put("errorCode", answer.errorCode());
        if (answer.message() != null) {
            json.put("message", answer.message());
        }
        if (answer.token() != null) {
            json.put("token", answer.token());
        }
        if (answer.stale()) {
            json.put("stale", true);
        }
        return Response.status(answer.status()).entity(json).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("files/{sha256}/{path: .+}")
    @Operation(summary = "A file of an unpacked package (content origin; Range supported, for the videos in packages)")
    public Response file(@PathParam("sha256") String sha256, @PathParam("path") String path,
            @HeaderParam("Range") String range) {
        return packages.serve(sha256, path, range);
    }

    @GET
    @Path("lib/{path: .+}")
    @Operation(summary = "The player's script and style and the SCORM runtime library (content origin)")
    public Response library(@PathParam("path") String path) {
        if (!LIBRARY.matcher(path).matches()) {
            return notFound();
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("scorm/lib/" + path);
        if (in == null) {
            return notFound();
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        // The library's address names its version; the player's own files change with Surgalt.
        String caching = path.startsWith("scorm-again-") ? "max-age=31536000, immutable" : "max-age=300";
        return Response.ok(in).type(LIBRARY_TYPES.getOrDefault(extension, "text/plain;charset=UTF-8"))
                .header("Cache-Control", caching).build();
    }

    private static Response notFound() {
        return Response.status(404).type("text/plain;charset=UTF-8").entity("Not found").build();
    }
}
