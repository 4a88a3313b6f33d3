package org.surgalt.badge;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;

/**
 * A certificate's Open Badges 3.0 credential, downloaded by whoever may read the certificate: the
 * JSON (with its VC-JWT as proof), the VC-JWT, and the SVG badge with the credential baked in.
 * No @Produces: a link followed by a browser that asks for text/html only still gets the file.
 */
@Path("/certificates/{certificate}")
public class BadgeResource {

    private final BadgeService badges;
    private final CurrentUser currentUser;

    BadgeResource(BadgeService badges, CurrentUser currentUser) {
        this.badges = badges;
        this.currentUser = currentUser;
    }

    @GET
    @Path("badge.json")
    @Operation(summary = "The certificate as an Open Badges 3.0 credential, JSON with its VC-JWT proof (its learner, coordinators, admins)")
    public Response json(@PathParam("certificate") String code) {
        BadgeService.Download download = badges.download(currentUser.require(), code);
        return file(download.issued().withProof().toPrettyString(), "application/json", download.filename() + ".json");
    }

    @GET
    @Path("badge.jwt")
    @Operation(summary = "The certificate's Open Badges 3.0 credential as a VC-JWT (its learner, coordinators, admins)")
    public Response jwt(@PathParam("certificate") String code) {
        BadgeService.Download download = badges.download(currentUser.require(), code);
        return file(download.issued().jwt(), "application/vc+jwt", download.filename() + ".jwt");
    }

    @GET
    @Path("badge.svg")
    @Operation(summary = "The certificate's badge image with its credential baked in (SVG; its learner, coordinators, admins)")
    public Response svg(@PathParam("certificate") String code) {
        BadgeService.Download download = badges.download(currentUser.require(), code);
        return file(download.svg(), "image/svg+xml", download.filename() + ".svg");
    }

    @GET
    @Path("badge.png")
    @Operation(summary = "The certificate's badge image with its credential baked in (PNG iTXt; its learner, coordinators, admins)")
    public Response png(@PathParam("certificate") String code) {
        BadgeService.Download download = badges.download(currentUser.require(), code);
        return file(download.png(), "image/png", download.filename() + ".png");
    }

    private static Response file(Object entity, String type, String filename) {
        return Response.ok(entity, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }
}
