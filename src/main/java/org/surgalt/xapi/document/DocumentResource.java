package org.surgalt.xapi.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.surgalt.xapi.XapiRequest;

/**
 * The four methods every document resource has, on the parameters its {@link DocumentKind} names:
 * GET one document, or the ids without the document's id parameter (optionally {@code since});
 * PUT, POST and DELETE one document; and, on the State resource only, DELETE without a stateId
 * for all of an activity's and agent's states. The caller and version come from the LRS's
 * filters ({@link XapiRequest}); whose documents the caller reaches is {@link DocumentAccess}'s.
 */
abstract class DocumentResource {

    @Inject
    XapiRequest request;

    @Inject
    DocumentAccess access;

    @Inject
    DocumentService documents;

    abstract DocumentKind kind();

    @GET
    public Response get(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (query.getFirst(kind().idParameter()) == null) {
            return DocumentResponses.ids(documents.ids(key(query, false, false),
                    DocumentParameters.since(query.getFirst("since"))));
        }
        return DocumentResponses.document(documents.get(key(query, false, true)));
    }

    @PUT
    public Response put(@Context UriInfo uri, @HeaderParam("Content-Type") String type,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch, byte[] body) {
        documents.put(key(uri.getQueryParameters(), true, true), write(type, ifMatch, ifNoneMatch, body));
        return DocumentResponses.done();
    }

    @POST
    public Response post(@Context UriInfo uri, @HeaderParam("Content-Type") String type,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch, byte[] body) {
        documents.post(key(uri.getQueryParameters(), true, true), write(type, ifMatch, ifNoneMatch, body));
        return DocumentResponses.done();
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (kind() == DocumentKind.STATE && query.getFirst(kind().idParameter()) == null) {
            documents.deleteAll(key(query, true, false));
        } else {
            documents.delete(key(query, true, true), new Preconditions(ifMatch, ifNoneMatch));
        }
        return DocumentResponses.done();
    }

    private DocumentService.Write write(String type, String ifMatch, String ifNoneMatch, byte[] body) {
        return new DocumentService.Write(type, body == null ? new byte[0] : body, new Preconditions(ifMatch, ifNoneMatch),
                request.isV2());
    }

    /** The key the query names, checked (400) and authorized (403); {@code one}: a document, not a list. */
    private DocumentKey key(MultivaluedMap<String, String> query, boolean write, boolean one) {
        var caller = request.requireCaller();
        DocumentKind kind = kind();
        String activityId = kind == DocumentKind.AGENT_PROFILE ? null
                : DocumentParameters.activityId(query.getFirst("activityId"));
        DocumentAgent agent = kind == DocumentKind.ACTIVITY_PROFILE ? null
                : DocumentAgent.parse(query.getFirst("agent"), request.isV2());
        String registration = kind == DocumentKind.STATE ? DocumentParameters.registration(query.getFirst("registration"))
                : null;
        String id = one ? DocumentParameters.documentId(kind.idParameter(), query.getFirst(kind.idParameter())) : null;
        return access.key(caller, write, kind, activityId, agent, registration, id);
    }
}
