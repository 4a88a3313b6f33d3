package org.surgalt.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Exists only in the tests: a route that fails the way a bug would. */
@Path("/test-only/fail")
public class FailingTestResource {

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    public String fail() {
        throw new IllegalStateException("secret-internals of org.surgalt");
    }
}
