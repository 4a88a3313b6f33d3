package org.surgalt.web;

import io.quarkus.vertx.http.Compressed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Static files at their fingerprinted addresses (web/Assets), cached for a year as immutable. The
 * plain addresses (/static/surgalt.css) are still served by Quarkus, with the short max-age of
 * quarkus.http.static-resources.max-age, for pages cached before an upgrade. Compressed like
 * every text response (quarkus.http.enable-compression, text/css and JavaScript are on its list);
 * {@code @Compressed} adds the icon sprite (image/svg+xml, not on that list): every file here is text.
 */
@Path("/static")
public class AssetResource {

    private static final String YEAR = "public, max-age=31536000, immutable";

    @GET
    @Path("{asset}")
    @Compressed
    @Operation(summary = "A static file (CSS, JavaScript) at the address that names its content")
    public Response asset(@PathParam("asset") String fileName) {
        Assets.Requested requested = Assets.parse(fileName).orElseThrow(NotFoundException::new);
        Assets.Asset asset = Assets.find(requested.name()).orElseThrow(NotFoundException::new);
        if (!asset.fingerprint().equals(requested.fingerprint())) {
            // A page from before an upgrade: to today's bytes, at their own address.
            return Response.temporaryRedirect(URI.create("/static/" + asset.fileName()))
                    .header("Cache-Control", "no-cache").build();
        }
        return Response.ok(asset.bytes(), mediaType(asset.name())).header("Cache-Control", YEAR).build();
    }

    private static String mediaType(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=UTF-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
