package org.surgalt.lti;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.surgalt.platform.DomainException;

/**
 * Paging of the services' containers (NRPS 2.0 and AGS 2.0): the tool's {@code limit} (at most
 * {@link #MAX}), our {@code offset}, and a {@code Link: <...>; rel="next"} header while more follow.
 */
record LtiPaging(int offset, int limit) {

    static final int MAX = 1000;

    static LtiPaging of(Integer limit, Integer offset) {
        if (limit != null && limit < 1 || offset != null && offset < 0) {
            throw DomainException.invalid("limit", "must be a positive number, and offset not negative");
        }
        return new LtiPaging(offset == null ? 0 : offset, limit == null ? MAX : Math.min(limit, MAX));
    }

    /** Asks for one more than a page: whether it came tells whether another page follows. */
    int probe() {
        return limit + 1;
    }

    /** {@code found}: what came of {@link #probe()}; a next link when it was more than a page. */
    Response.ResponseBuilder link(Response.ResponseBuilder response, int found, String issuer, UriInfo uri) {
        if (found <= limit) {
            return response;
        }
        String next = UriBuilder.fromUri(uri.getRequestUri()).replaceQueryParam("offset", offset + limit)
                .replaceQueryParam("limit", limit).build().toString();
        String path = next.substring(next.indexOf('/', next.indexOf("//") + 2));
        return response.header("Link", "<" + issuer + path + ">; rel=\"next\"");
    }
}
