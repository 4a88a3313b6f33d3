package org.surgalt.lti;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Names and Role Provisioning Services 2.0: a course's memberships, for a tool with its bearer token. */
@Path("/lti/nrps/{code}/memberships")
public class LtiRosterResource {

    static final String MEMBERSHIPS = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final LtiTokenService tokens;
    private final LtiRosterService roster;
    private final Issuer issuer;
    private final ObjectMapper json;

    LtiRosterResource(LtiTokenService tokens, LtiRosterService roster, Issuer issuer, ObjectMapper json) {
        this.tokens = tokens;
        this.roster = roster;
        this.issuer = issuer;
        this.json = json;
    }

    @GET
    @Operation(summary = "A course's members for a tool it uses (filter role; limit and a next link)")
    public Response members(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @QueryParam("role") String role, @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset,
            @Context UriInfo uri) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            LtiPaging paging = LtiPaging.of(limit, offset);
            LtiRosterService.Page page = roster.members(tool, code, role, paging);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", issuer.value() + uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()));
            body.put("context", page.context());
            body.put("members", page.members());
            return paging.link(Response.ok(ToolCalls.json(json, body), MEMBERSHIPS), page.found(), issuer.value(), uri)
                    .build();
        }, LtiTokenService.SCOPE_ROSTER);
    }
}
