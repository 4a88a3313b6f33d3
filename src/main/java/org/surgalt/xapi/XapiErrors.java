package org.surgalt.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * How the LRS refuses: the status the xAPI specification requires and a JSON body that says why
 * ({@code {"error":true,"status":400,"message":"…"}}), the shape LRS clients log. A 401 names the
 * Basic scheme so that tools offer to sign in, except at the content origin: content sends the
 * credentials it was launched with or none, and a challenge there would only make the learner's
 * browser ask for a password the learner does not have (CATAPULT's cmi5 test 005-1 stalls on it).
 */
public class XapiErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ServerExceptionMapper
    public Response rejected(XapiRejected e) {
        return response(e.status(), e.getMessage());
    }

    static Response response(int status, String message) {
        return response(status, message, true);
    }

    static Response response(int status, String message, boolean challenge) {
        ObjectNode body = JSON.createObjectNode().put("error", true).put("status", status).put("message", message);
        Response.ResponseBuilder response = Response.status(status).type("application/json").entity(body.toString());
        if (status == 401 && challenge) {
            response.header("WWW-Authenticate", "Basic realm=\"xAPI\"");
        }
        return response.build();
    }
}
