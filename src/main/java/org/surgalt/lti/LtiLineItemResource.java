package org.surgalt.lti;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.lti.LtiLineItemService.Filter;
import org.surgalt.lti.LtiLineItemService.Input;
import org.surgalt.lti.LtiLineItemService.Ref;

/**
 * Assignment and Grade Services 2.0 line items and results, for tools with their bearer token: the
 * course's container (list with filters, create), one line item (an LTI item's own at
 * {@code /{itemId}/lineitem}, one the tool created at {@code /lineitems/{id}}), and its results.
 */
// Under "/" as LtiAgsResource is: the class paths must not differ, or one class would hide the other's routes.
@Path("/")
public class LtiLineItemResource {

    static final String CONTAINER = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    static final String LINE_ITEM = "application/vnd.ims.lis.v2.lineitem+json";
    static final String RESULTS = "application/vnd.ims.lis.v2.resultcontainer+json";
    private static final String READ = LtiTokenService.SCOPE_LINEITEM_READ;
    private static final String WRITE = LtiTokenService.SCOPE_LINEITEM;

    private final LtiTokenService tokens;
    private final LtiLineItemService service;
    private final Issuer issuer;
    private final ObjectMapper json;

    LtiLineItemResource(LtiTokenService tokens, LtiLineItemService service, Issuer issuer, ObjectMapper json) {
        this.tokens = tokens;
        this.service = service;
        this.issuer = issuer;
        this.json = json;
    }

    @GET
    @Path("lti/ags/{code}/lineitems")
    @Operation(summary = "The tool's line items in a course (filters resource_link_id, tag, resource_id; limit, next link)")
    public Response list(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @QueryParam("resource_link_id") String resourceLinkId, @QueryParam("tag") String tag,
            @QueryParam("resource_id") String resourceId, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset, @Context UriInfo uri) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            LtiPaging paging = LtiPaging.of(limit, offset);
            List<LtiLineItem> all = service.list(tool, code, new Filter(resourceLinkId, tag, resourceId));
            List<LtiLineItem> page = LtiLineItemService.page(all, paging.offset(), paging.probe());
            List<Map<String, Object>> body = page.stream().limit(paging.limit()).map(line -> view(code, line)).toList();
            return paging.link(Response.ok(ToolCalls.json(json, body), CONTAINER), page.size(), issuer.value(), uri).build();
        }, READ, WRITE);
    }

    @POST
    @Path("lti/ags/{code}/lineitems")
    @Consumes({LINE_ITEM, MediaType.APPLICATION_JSON})
    @Operation(summary = "The tool creates a line item in a course (its scores are recorded, they complete nothing)")
    public Response create(@HeaderParam("Authorization") String bearer, @PathParam("code") String code, Input input) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            Map<String, Object> created = view(code, service.create(tool, code, input));
            return Response.status(Response.Status.CREATED).entity(ToolCalls.json(json, created)).type(LINE_ITEM)
                    .location(java.net.URI.create((String) created.get("id"))).build();
        }, WRITE);
    }

    @GET
    @Path("lti/ags/{code}/{itemId}/lineitem")
    @Operation(summary = "An LTI item's own line item (its tool only)")
    public Response itemLineItem(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("itemId") long itemId) {
        return read(bearer, code, Ref.item(itemId));
    }

    @GET
    @Path("lti/ags/{code}/lineitems/{lineItemId}")
    @Operation(summary = "A line item the tool created")
    public Response lineItem(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("lineItemId") long lineItemId) {
        return read(bearer, code, Ref.created(lineItemId));
    }

    @PUT
    @Path("lti/ags/{code}/lineitems/{lineItemId}")
    @Consumes({LINE_ITEM, MediaType.APPLICATION_JSON})
    @Operation(summary = "The tool replaces a line item it created")
    public Response replace(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("lineItemId") long lineItemId, Input input) {
        return replace(bearer, code, Ref.created(lineItemId), input);
    }

    @PUT
    @Path("lti/ags/{code}/{itemId}/lineitem")
    @Consumes({LINE_ITEM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Refused: an LTI item's own line item follows the item")
    public Response replaceItemLineItem(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("itemId") long itemId, Input input) {
        return replace(bearer, code, Ref.item(itemId), input);
    }

    @DELETE
    @Path("lti/ags/{code}/lineitems/{lineItemId}")
    @Operation(summary = "The tool deletes a line item it created, and its scores")
    public Response delete(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("lineItemId") long lineItemId) {
        return delete(bearer, code, Ref.created(lineItemId));
    }

    @DELETE
    @Path("lti/ags/{code}/{itemId}/lineitem")
    @Operation(summary = "Refused: an LTI item's own line item follows the item")
    public Response deleteItemLineItem(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("itemId") long itemId) {
        return delete(bearer, code, Ref.item(itemId));
    }

    private Response replace(String bearer, String code, Ref ref, Input input) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            return Response.ok(ToolCalls.json(json, view(code, service.replace(tool, code, ref, input))), LINE_ITEM).build();
        }, WRITE);
    }

    private Response delete(String bearer, String code, Ref ref) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            service.delete(tool, code, ref);
            return Response.noContent().build();
        }, WRITE);
    }

    @GET
    @Path("lti/ags/{code}/{itemId}/lineitem/results")
    @Operation(summary = "Results of an LTI item's own line item (filter user_id; limit, next link)")
    public Response itemResults(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("itemId") long itemId, @QueryParam("user_id") String userId, @QueryParam("limit") Integer limit,
            @QueryParam("offset") Integer offset, @Context UriInfo uri) {
        return results(bearer, code, Ref.item(itemId), userId, LtiPaging.of(limit, offset), uri);
    }

    @GET
    @Path("lti/ags/{code}/lineitems/{lineItemId}/results")
    @Operation(summary = "Results of a line item the tool created (filter user_id; limit, next link)")
    public Response createdResults(@HeaderParam("Authorization") String bearer, @PathParam("code") String code,
            @PathParam("lineItemId") long lineItemId, @QueryParam("user_id") String userId,
            @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset, @Context UriInfo uri) {
        return results(bearer, code, Ref.created(lineItemId), userId, LtiPaging.of(limit, offset), uri);
    }

    private Response read(String bearer, String code, Ref ref) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            return Response.ok(ToolCalls.json(json, view(code, service.read(tool, code, ref))), LINE_ITEM).build();
        }, READ, WRITE);
    }

    private Response results(String bearer, String code, Ref ref, String userId, LtiPaging paging, UriInfo uri) {
        return ToolCalls.asTool(tokens, bearer, tool -> {
            Long learner = null;
            if (userId != null) {
                try {
                    learner = Long.parseLong(userId);
                } catch (NumberFormatException e) {
                    // An id we never gave out: no one's results.
                    learner = -1L;
                }
            }
            LtiLineItem line = service.read(tool, code, ref);
            String lineUrl = url(code, line);
            List<LtiScore> scores = service.results(tool, code, ref, learner, paging.offset(), paging.probe());
            List<Map<String, Object>> body = scores.stream().limit(paging.limit()).map(score -> {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("id", lineUrl + "/results/" + score.userId());
                result.put("scoreOf", lineUrl);
                result.put("userId", Long.toString(score.userId()));
                if (score.scoreGiven() != null && score.scoreMaximum() != null) {
                    // Results are on the line item's scale (AGS 2.0 §3.4.2).
                    result.put("resultScore", score.scoreGiven() / score.scoreMaximum() * line.scoreMaximum());
                    result.put("resultMaximum", line.scoreMaximum());
                }
                if (score.comment() != null) {
                    result.put("comment", score.comment());
                }
                return result;
            }).toList();
            return paging.link(Response.ok(ToolCalls.json(json, body), RESULTS), scores.size(), issuer.value(), uri).build();
        }, LtiTokenService.SCOPE_RESULT_READ);
    }

    private String url(String code, LtiLineItem line) {
        return issuer.value() + "/lti/ags/" + code
                + (line.ownedByItem() ? "/" + line.itemId() + "/lineitem" : "/lineitems/" + line.id());
    }

    private Map<String, Object> view(String code, LtiLineItem line) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", url(code, line));
        view.put("label", line.label());
        view.put("scoreMaximum", line.scoreMaximum());
        if (line.resourceLinkId() != null) {
            view.put("resourceLinkId", Long.toString(line.resourceLinkId()));
        }
        if (line.tag() != null) {
            view.put("tag", line.tag());
        }
        if (line.resourceId() != null) {
            view.put("resourceId", line.resourceId());
        }
        return view;
    }
}
