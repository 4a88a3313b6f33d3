package org.surgalt.xapi.document;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.surgalt.xapi.XapiRequest;

/**
 * xAPI's State resource: documents an activity keeps for an agent (and a registration), such as
 * where a learner stopped. GET without a stateId lists ids; DELETE without one removes them all.
 */
@Path("/xapi/activities/state")
public class StateResource {

    private final XapiRequest request;
    private final DocumentAccess access;
    private final DocumentService documents;

    StateResource(XapiRequest request, DocumentAccess access, DocumentService documents) {
        this.request = request;
        this.access = access;
        this.documents = documents;
    }

    @GET
    public Response get(@QueryParam("activityId") String activityId, @QueryParam("agent") String agent,
            @QueryParam("registration") String registration, @QueryParam("stateId") String stateId,
            @QueryParam("since") String since) {
        if (stateId == null) {
            DocumentKey set = key(false, activityId, agent, registration, null);
            return DocumentResponses.ids(documents.ids(set, DocumentParameters.since(since)));
        }
        return DocumentResponses.document(documents.get(key(false, activityId, agent, registration, stateId)));
    }

    @PUT
    public Response put(@QueryParam("activityId") String activityId, @QueryParam("agent") String agent,
            @QueryParam("registration") String registration, @QueryParam("stateId") String stateId,
            @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("If-None-Match") String ifNoneMatch, byte[] body) {
        documents.put(key(true, activityId, agent, registration, required(stateId)),
                new DocumentService.Write(type, body == null ? new byte[0] : body,
                        new Preconditions(ifMatch, ifNoneMatch), request.isV2()));
        return DocumentResponses.done();
    }

    @POST
    public Response post(@QueryParam("activityId") String activityId, @QueryParam("agent") String agent,
            @QueryParam("registration") String registration, @QueryParam("stateId") String stateId,
            @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("If-None-Match") String ifNoneMatch, byte[] body) {
        documents.post(key(true, activityId, agent, registration, required(stateId)),
                new DocumentService.Write(type, body == null ? new byte[0] : body,
                        new Preconditions(ifMatch, ifNoneMatch), request.isV2()));
        return DocumentResponses.done();
    }

    @DELETE
    public Response delete(@QueryParam("activityId") String activityId, @QueryParam("agent") String agent,
            @QueryParam("registration") String registration, @QueryParam("stateId") String stateId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (stateId == null) {
            documents.deleteAll(key(true, activityId, agent, registration, null));
        } else {
            documents.delete(key(true, activityId, agent, registration, stateId),
                    new Preconditions(ifMatch, ifNoneMatch));
        }
        return DocumentResponses.done();
    }

    private static String required(String stateId) {
        return DocumentParameters.documentId("stateId", stateId);
    }

    private DocumentKey key(boolean write, String activityId, String agent, String registration, String stateId) {
        var caller = request.requireCaller();
        String activity = DocumentParameters.activityId(activityId);
        DocumentAgent who = DocumentAgent.parse(agent, request.isV2());
        return access.key(caller, write, DocumentKind.STATE, activity, who, DocumentParameters.registration(registration),
                stateId == null ? null : DocumentParameters.documentId("stateId", stateId));
    }
}
