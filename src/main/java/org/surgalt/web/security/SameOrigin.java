package org.surgalt.web.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a request says it came from a page of this site. Browsers name the page's origin in
 * {@code Origin} (or at least in {@code Referer}) on every cross-site post; a request naming
 * neither comes from something that is not a browser, and the token check alone decides.
 *
 * <p>This site's own origin is the scheme and Host the request arrived with. Behind a proxy that
 * terminates TLS or rewrites Host, enable {@code quarkus.http.proxy.proxy-address-forwarding}:
 * Quarkus then reports the forwarded scheme and host here, and only then.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static boolean allows(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        String claimed = origin != null ? origin : request.getHeader("Referer");
        if (claimed == null) {
            return true;
        }
        String own = own(request);
        // "null" (a sandboxed frame, a privacy redirect) or anything unparsable is not this site.
        return own != null && own.equals(normalize(claimed));
    }

    private static String own(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null || authority.host() == null || authority.host().isEmpty()) {
            return null;
        }
        String host = authority.host();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        String port = authority.port() >= 0 ? ":" + authority.port() : "";
        return normalize(request.scheme() + "://" + host + port);
    }

    /** "HTTPS://Example.org:443/page?q" → "https://example.org"; null when it is no http(s) URL. */
    static String normalize(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
