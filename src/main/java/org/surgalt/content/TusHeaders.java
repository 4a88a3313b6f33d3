package org.surgalt.content;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** tus wants Tus-Resumable on every response but OPTIONS, errors included. */
class TusHeaders {

    @ServerResponseFilter
    void tusResumable(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith("/api/uploads") && !"OPTIONS".equals(request.getMethod())) {
            response.getHeaders().putSingle("Tus-Resumable", TusResource.VERSION);
        }
    }
}
