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

/** xAPI's Activity Profile resource: documents about an activity, for every learner. */
@Path("/xapi/activities/profile")
public class ActivityProfileResource {

    private final XapiRequest request;
    private final DocumentAccess access;
    private final DocumentService documents;

    ActivityProfileResource(XapiRequest request, DocumentAccess access, DocumentService documents) {
        this.request = request;
        this.access = access;
        this.documents = documents;
    }

    @GET
    public Response get(@QueryParam("activityId") String activityId, @QueryParam("profileId") String profileId,
            @QueryParam("since") String since) {
        if (profileId == null) {
            return DocumentResponses.ids(documents.ids(key(false, activityId, null), DocumentParameters.since(since)));
        }
        return DocumentResponses.document(documents.get(key(false, activityId, profileId)));
    }

    @PUT
    public Response put(@QueryParam("activityId") String activityId, @QueryParam("profileId") String profileId,
            @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("If-None-Match") String ifNoneMatch, byte[] body) {
        documents.put(key(true, activityId, required(profileId)), new DocumentService.Write(type,
                body == null ? new byte[0] : body, new Preconditions(ifMatch, ifNoneMatch), request.isV2()));
        return DocumentResponses.done();
    }

    @POST
    public Response post(@QueryParam("activityId") String activityId, @QueryParam("profileId") String profileId,
            @HeaderParam("Content-Type") String type, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("If-None-Match") String ifNoneMatch, byte[] body) {
        documents.post(key(true, activityId, required(profileId)), new DocumentService.Write(type,
                body == null ? new byte[0] : body, new Preconditions(ifMatch, ifNoneMatch), request.isV2()));
        return DocumentResponses.done();
    }

    @DELETE
    public Response delete(@QueryParam("activityId") String activityId, @QueryParam("profileId") String profileId,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch) {
        documents.delete(key(true, activityId, required(profileId)), new Preconditions(ifMatch, ifNoneMatch));
        return DocumentResponses.done();
    }

    private static String required(String profileId) {
        return DocumentParameters.documentId("profileId", profileId);
    }

    private DocumentKey key(boolean write, String activityId, String profileId) {
        var caller = request.requireCaller();
        String activity = DocumentParameters.activityId(activityId);
        return access.key(caller, write, DocumentKind.ACTIVITY_PROFILE, activity, null, null,
                profileId == null ? null : DocumentParameters.documentId("profileId", profileId));
    }
}
