package org.surgalt.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.identity.Institution;
import org.surgalt.platform.DomainException;

/**
 * What school nodes call (deploy/NODE-PROTOCOL.md): enrolment with the one-time code, then only
 * signed requests. A session cookie is no credential here, whoever's browser sends it.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeApiResource {

    private static final int MAX_BODY = 64 * 1024;

    private final NodeEnrolmentService enrolment;
    private final NodeAuthenticator authenticator;
    private final NodeHeartbeatService heartbeats;
    private final NodeScopeService scopes;
    private final NodeIssuer issuer;
    private final ObjectMapper json;

    NodeApiResource(NodeEnrolmentService enrolment, NodeAuthenticator authenticator, NodeHeartbeatService heartbeats,
            NodeScopeService scopes, NodeIssuer issuer, ObjectMapper json) {
        this.enrolment = enrolment;
        this.authenticator = authenticator;
        this.heartbeats = heartbeats;
        this.scopes = scopes;
        this.issuer = issuer;
        this.json = json;
    }

    public record EnrolRequest(String code, Map<String, Object> publicKey) {
    }

    public record InstitutionView(long id, String code, String name) {
        static InstitutionView of(Institution institution) {
            return new InstitutionView(institution.id(), institution.code(), institution.name());
        }
    }

    /** nodeId is a string: it is the node's {@code iss} from now on. */
    public record EnrolView(String nodeId, InstitutionView institution, String issuer) {
    }

    public record HeartbeatView(String nodeId, Instant received) {
    }

    public record KeyRequest(Map<String, Object> publicKey) {
    }

    public record KeyView(String nodeId, Instant replaced) {
    }

    /** The node's institution as the node creates it: where it is, too (deploy/NODE-PROTOCOL.md §7). */
    public record ScopeInstitution(long id, String code, String name, String kind, String aimag, String soum) {
        static ScopeInstitution of(Institution institution) {
            return new ScopeInstitution(institution.id(), institution.code(), institution.name(),
                    institution.kind().name(), institution.aimag(), institution.soum());
        }
    }

    public record ScopeView(ScopeInstitution institution, java.util.List<NodeScopeService.Person> people,
            java.util.List<NodeScopeService.CohortInScope> cohorts) {
    }

    @POST
    @Path("/nodes/enrol")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A node enrols once with its one-time code and its EC P-256 public key")
    public EnrolView enrol(EnrolRequest request) {
        if (request == null || request.code() == null) {
            throw new NodeRejected("no enrolment code");
        }
        NodeEnrolmentService.Enrolled enrolled = enrolment.enrol(request.code(), request.publicKey());
        return new EnrolView(enrolled.node().id().toString(), InstitutionView.of(enrolled.institution()),
                issuer.url());
    }

    @POST
    @Path("/node/heartbeat")
    @Operation(summary = "A node's heartbeat: its backlog and syncs (signed request)")
    public HeartbeatView heartbeat(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context UriInfo uri, InputStream stream) throws IOException {
        byte[] body = small(stream);
        NodeCaller caller = authenticator.authenticate(authorization, "POST", target(uri), body);
        Heartbeat beat = body == null || body.length == 0 ? null : json.readValue(body, Heartbeat.class);
        return new HeartbeatView(Long.toString(caller.nodeId()), heartbeats.heard(caller, beat));
    }

    @POST
    @Path("/node/key")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A node replaces its key: the new EC P-256 public key, signed with the current one")
    public KeyView replaceKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri,
            InputStream stream) throws IOException {
        byte[] body = small(stream);
        NodeCaller caller = authenticator.authenticate(authorization, "POST", target(uri), body);
        KeyRequest request = body.length == 0 ? null : json.readValue(body, KeyRequest.class);
        Instant replaced = enrolment.replaceKey(caller, request == null ? null : request.publicKey());
        return new KeyView(Long.toString(caller.nodeId()), replaced);
    }

    @GET
    @Path("/node/scope")
    @Operation(summary = "What the node may hold: its institution's people, their cohorts and courses (signed request)")
    public ScopeView scope(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        NodeCaller caller = authenticator.authenticate(authorization, "GET", target(uri), new byte[0]);
        NodeScopeService.Scope scope = scopes.of(caller);
        return new ScopeView(ScopeInstitution.of(scope.institution()), scope.people(), scope.cohorts());
    }

    /**
     * The body, read whole (its hash is signed) but only this far: an unauthenticated caller cannot
     * make an instance hold a large body in memory before it is refused. Every small signed call reads its body here.
     */
    public static byte[] small(InputStream stream) throws IOException {
        byte[] body = stream == null ? new byte[0] : stream.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw DomainException.tooLarge("A node's request body is at most 64 KiB.");
        }
        return body;
    }

    /** The path and query as the node sent them (htu). */
    public static String target(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
