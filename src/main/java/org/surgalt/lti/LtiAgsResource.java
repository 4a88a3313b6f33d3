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

    static final String SCORE = "application/vnd.ims.lis.v1.score+json";

    private final LtiTokenService tokens;
    private final LtiGradeService grades;
    private final Issuer issuer;

    LtiAgsResource(LtiTokenService tokens, LtiGradeService grades, Issuer issuer) {
        this.tokens = tokens;
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
        LtiTokenService.Token token = tokens.token(grantType, assertionType, assertion, scope,
                issuer.value() + "/lti/token");
        return Response.ok(Map.of("access_token", token.accessToken(), "token_type", "Bearer",
                "expires_in", LtiTokenService.TOKEN_LIFETIME.toSeconds(), "scope", token.scope()))
                .type(MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("lti/ags/{code}/{itemId}/lineitem/scores")
    @Consumes({SCORE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A score for a learner on an LTI item's line item (the item's own tool only)")
    public Response score(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
            @PathParam("itemId") long itemId, LtiGradeService.Score score) {
        return score(authorization, code, LtiLineItemService.Ref.item(itemId), score);
    }

    @POST
    @Path("lti/ags/{code}/lineitems/{lineItemId}/scores")
    @Consumes({SCORE, MediaType.APPLICATION_JSON})
    @Operation(summary = "A score for a learner on a line item the tool created (recorded; completes nothing)")
    public Response createdScore(@HeaderParam("Authorization") String authorization, @PathParam("code") String code,
            @PathParam("lineItemId") long lineItemId, LtiGradeService.Score score) {
        return score(authorization, code, LtiLineItemService.Ref.created(lineItemId), score);
    }

    private Response score(String authorization, String code, LtiLineItemService.Ref ref, LtiGradeService.Score score) {
        return ToolCalls.asTool(tokens, authorization, tool -> {
            grades.score(tool, code, ref, score);
            return Response.noContent().build();
        }, LtiTokenService.SCOPE_SCORE);
    }
}
