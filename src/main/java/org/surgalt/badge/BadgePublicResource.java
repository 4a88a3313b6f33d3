package org.surgalt.badge;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.platform.DomainException;

/** What any verifier fetches, without signing in: the public key, the issuer profile, the status lists. */
@Path("/badges")
@Tag(name = "Open Badges")
public class BadgePublicResource {

    private final SigningKey keys;
    private final OpenBadgeCredentials credentials;
    private final StatusLists statusLists;

    BadgePublicResource(SigningKey keys, OpenBadgeCredentials credentials, StatusLists statusLists) {
        this.keys = keys;
        this.credentials = credentials;
        this.statusLists = statusLists;
    }

    // No @Produces on these: a verifier (or a browser) that asks for anything still gets the document.
    @GET
    @Path("jwks.json")
    @Operation(summary = "The public key Open Badges credentials are signed with (JWKS; public)")
    public Response jwks() {
        return Response.ok(keys.publicSet().toString(true), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("issuer")
    @Operation(summary = "The issuer profile of Open Badges credentials (public)")
    public Response issuer() {
        return Response.ok(credentials.issuer().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("status/{list}")
    @Operation(summary = "A revocation status list (BitstringStatusListCredential as a VC-JWT; public)")
    public Response statusList(@PathParam("list") String list) {
        long number;
        try {
            number = Long.parseLong(list);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("status list", list);
        }
        if (number < 0 || number > Integer.MAX_VALUE) {
            throw DomainException.notFound("status list", list);
        }
        return Response.ok(statusLists.signedList(number), "application/vc+jwt")
                .header("Cache-Control", "no-cache").build();
    }
}
