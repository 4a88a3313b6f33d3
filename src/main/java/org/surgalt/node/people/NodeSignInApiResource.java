package org.surgalt.node.people;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.node.NodeApiResource;
import org.surgalt.node.NodeAuthenticator;
import org.surgalt.node.NodeCaller;
import org.surgalt.platform.DomainException;

/** A node asks whether a person's email and password are right, the first time they sign in there (signed request). */
@Path("/api/node/sign-in")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "School nodes")
public class NodeSignInApiResource {

    private static final String NOT_A_SIGN_IN = "must be a JSON object with an email and a password";

    public record SignIn(String email, String password) {
    }

    private final NodeAuthenticator authenticator;
    private final NodeSignInService signIn;
    private final ObjectMapper json;

    NodeSignInApiResource(NodeAuthenticator authenticator, NodeSignInService signIn, ObjectMapper json) {
        this.authenticator = authenticator;
        this.signIn = signIn;
        this.json = json;
    }

    @POST
    @Operation(summary = "A person's first sign-in on a node: the national side checks its own password (signed request)")
    public NodeSignInService.Person check(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context UriInfo uri, InputStream stream) throws IOException {
        byte[] body = NodeApiResource.small(stream);
        NodeCaller caller = authenticator.authenticate(authorization, "POST", NodeApiResource.target(uri), body);
        SignIn request;
        try {
            request = json.readValue(body, SignIn.class);
        } catch (JacksonException e) {
            throw DomainException.invalid("body", NOT_A_SIGN_IN);
        }
        if (request == null || request.email() == null || request.password() == null) {
            throw DomainException.invalid("body", NOT_A_SIGN_IN);
        }
        return signIn.check(caller, request.email(), request.password());
    }
}
