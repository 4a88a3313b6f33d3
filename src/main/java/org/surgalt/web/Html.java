package org.surgalt.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page rendered here and sent as bytes encoded in one call. Returned as a TemplateInstance, a
 * page is rendered to a String that Vert.x's Netty encoder writes as UTF-8 one character at a
 * time: on the course outline, the page learners open most, that was 29 % of the application's
 * CPU. (A MessageBodyWriter of our own for String is not used for TemplateInstance results: Quarkus
 * REST fixes their writer when it starts.) Same bytes and headers as the TemplateInstance would give.
 */
public final class Html {

    private static final String TYPE = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Html() {
    }

    public static RestResponse<byte[]> page(TemplateInstance page) {
        return RestResponse.ResponseBuilder.ok(page.render().getBytes(StandardCharsets.UTF_8), TYPE).build();
    }
}
