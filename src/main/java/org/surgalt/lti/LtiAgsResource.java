package org.surgalt.lti;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tools' own calls (no session): the OAuth 2 token endpoint and AGS scores, authenticated by what they sign. */
@Path("/")
public class LtiAgsResource {

    private final LtiGradeService grades;
    private final Issuer issuer;

    LtiAgsResource(LtiGradeService grades, Issuer issuer) {
        this.grades = grades;
        this.issuer = issuer;
    }

    // JSON whatever the caller accepts.
    @POST
    @Path("lti/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A tool's access token (client credentials with a JWT assertion it signs)")
    public Response token(@FormParam("grant_type") String grantType,
            @FormParam("client_assertion_type") String assertionType,
            @FormParam("client_assertion") String assertion, @FormParam("scope") String scope) {
        LtiGradeService.Token token = grades.token(grantType, assertionType, assertion, scope,
                issuer.value() + "/lti/token");
        return Response.ok(Map.of("access_token", token.accessToken(), "token_type", "Bearer",
                "expires_in", LtiGradeService.TOKEN_LIFETIME.toSeconds(), "scope", token.scope()))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("lti/ags/{code}/{itemId}/lineitem/scores")
    @Consumes({"application/vnd.ims.lis.v1.score+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "A score for a learner on an LTI item's line item (the item's own tool only)")
    public Response score(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
            @PathParam("itemId") long itemId, LtiGradeService.Score score) {
        if (score == null) {
            throw org.surgalt.platform.DomainException.invalid("userId", "must be the learner's id from the launch");
        }
        if (!grades.score(authorization, code, itemId, score)) {
            return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").build();
        }
        return Response.noContent().build();
    }
}
