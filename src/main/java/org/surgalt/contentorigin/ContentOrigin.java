package org.surgalt.contentorigin;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells requests for the content origin from requests for the application, and builds the
 * addresses of each. Either both origins are configured, or the content origin is the
 * application's host with a prefix ({@code content.localhost} beside {@code localhost}).
 */
@ApplicationScoped
public class ContentOrigin {

    private final String prefix;
    private final Optional<URI> configured;
    private final Optional<URI> app;

    ContentOrigin(ContentOriginConfig config) {
        this.prefix = config.hostPrefix().toLowerCase(Locale.ROOT);
        this.configured = config.origin().map(ContentOrigin::origin);
        this.app = config.appOrigin().map(ContentOrigin::origin);
        if (configured.isPresent() != app.isPresent()) {
            throw new IllegalStateException("Set surgalt.content.origin and surgalt.content.app-origin together "
                    + "(the content origin and the only site that may frame it)");
        }
    }

    /** Whether the request arrived at the content origin's host name. */
    public boolean serves(HttpServerRequest request) {
        String host = host(request);
        if (host == null) {
            return false;
        }
        return configured.map(uri -> uri.getHost().equalsIgnoreCase(host))
                .orElseGet(() -> host.startsWith(prefix) && host.length() > prefix.length());
    }

    /** The content origin for a page of the application served to this request, e.g. http://content.localhost:8080. */
    public String contentFor(HttpServerRequest appRequest) {
        return configured.map(ContentOrigin::text).orElseGet(() -> {
            HostAndPort authority = appRequest.authority();
            return appRequest.scheme() + "://" + prefix + authority.host() + port(appRequest.scheme(), authority.port());
        });
    }

    /** The application's origin, for a request that arrived at the content origin. */
    public String appFor(HttpServerRequest contentRequest) {
        return app.map(ContentOrigin::text).orElseGet(() -> {
            HostAndPort authority = contentRequest.authority();
            return contentRequest.scheme() + "://" + authority.host().substring(prefix.length())
                    + port(contentRequest.scheme(), authority.port());
        });
    }

    private static String host(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        return authority == null || authority.host() == null ? null : authority.host().toLowerCase(Locale.ROOT);
    }

    private static String port(String scheme, int port) {
        boolean standard = port < 0 || port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
        return standard ? "" : ":" + port;
    }

    private static URI origin(String value) {
        URI uri = URI.create(value.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException("Not an origin (scheme://host[:port]): " + value);
        }
        return uri;
    }

    private static String text(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
