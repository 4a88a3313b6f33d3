package org.surgalt.lti;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/** What the services' resources share: who the calling tool is, and their JSON bodies. */
final class ToolCalls {

    private ToolCalls() {
    }

    /**
     * A tool's call: {@code call} with the bearer token's tool, when the token is live and holds one of
     * {@code scopes} (else 403); no live token: 401 whoever asks (a tool is not sent to sign in, a
     * session is no credential here).
     */
    static Response asTool(LtiTokenService tokens, String bearer, LongFunction<Response> call, String... scopes) {
        OptionalLong tool = tokens.toolOf(bearer, scopes);
        if (tool.isEmpty()) {
            return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").build();
        }
        return call.apply(tool.getAsLong());
    }

    /** A body as text: the services' media types are JSON under names of their own. */
    static String json(ObjectMapper mapper, Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a service's answer", e);
        }
    }
}
