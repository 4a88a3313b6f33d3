package org.surgalt.xapi;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The LRS's checks for every /xapi/ resource, in the order the specification implies: the
 * alternate request syntax becomes the request it stands for (before matching, so the right
 * resource method answers), then credentials (401 without), then the version header (400 when
 * missing or unsupported, except for About, which tells clients which versions there are).
 */
public class XapiRequestFilters {

    private static final Set<String> ALTERNATE_METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private final XapiAuthenticator authenticator;
    private final XapiRequest request;

    XapiRequestFilters(XapiAuthenticator authenticator, XapiRequest request) {
        this.authenticator = authenticator;
        this.request = request;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> alternateSyntax(ContainerRequestContext context, RoutingContext rc) {
        XapiGate.Alternate alternate = rc.get(XapiGate.ALTERNATE);
        if (alternate == null) {
            return Optional.empty();
        }
        String version = context.getHeaderString(XapiGate.VERSION_HEADER);
        if (version != null && version.strip().startsWith("2.")) {
            return Optional.of(XapiErrors.response(400,
                    "xAPI 2.0 has no alternate request syntax: send the method, headers and content as they are."));
        }
        if (alternate.method() == null || !ALTERNATE_METHODS.contains(alternate.method())) {
            return Optional.of(XapiErrors.response(400, "The alternate request syntax is a POST of an"
                    + " application/x-www-form-urlencoded form with only \"method\" (GET, PUT, POST or DELETE)"
                    + " in the query string."));
        }
        URI uri = context.getUriInfo().getRequestUri();
        context.setMethod(alternate.method());
        context.setRequestUri(URI.create(uri.getRawPath() + (alternate.query().isEmpty() ? "" : "?" + alternate.query())));
        return Optional.empty();
    }

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext context, RoutingContext rc) {
        String path = context.getUriInfo().getPath();
        if (!XapiGate.isXapi(path)) {
            return Optional.empty();
        }
        boolean about = path.equals("/xapi/about") || path.equals("/xapi/about/");
        if (about) {
            return Optional.empty();
        }
        Optional<XapiCaller> caller = authenticator.authenticate(context.getHeaderString("Authorization"));
        if (caller.isEmpty()) {
            return Optional.of(XapiErrors.response(401, "Credentials are required: HTTP Basic with an LRS client's"
                    + " key and secret, or the credentials Surgalt gave the content it launched.",
                    !org.surgalt.contentorigin.ContentOriginGate.isContentRequest(rc)));
        }
        Optional<String> version = XapiVersion.of(context.getHeaderString(XapiGate.VERSION_HEADER));
        if (version.isEmpty()) {
            return Optional.of(XapiErrors.response(400, "The X-Experience-API-Version header is missing or names a"
                    + " version this LRS does not speak (1.0.x or 2.0.0)."));
        }
        request.set(caller.get(), version.get());
        return Optional.empty();
    }
}
