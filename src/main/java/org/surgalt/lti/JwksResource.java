package org.surgalt.lti;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The platform's public keys (current and previous), for tools to verify our id_tokens; open to all. */
@Path("/lti/jwks")
public class JwksResource {

    private final PlatformKeys keys;

    JwksResource(PlatformKeys keys) {
        this.keys = keys;
    }

    // JSON whatever the caller accepts (a browser asking for HTML included).
    @GET
    @Operation(summary = "The platform's JSON Web Key Set")
    public Response jwks() {
        return Response.ok(keys.published().toString(true), MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "max-age=300").build();
    }
}
