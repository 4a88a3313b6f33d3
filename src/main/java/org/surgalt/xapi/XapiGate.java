package org.surgalt.xapi;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.surgalt.contentorigin.ContentOriginGate;

/**
 * What every request to the LRS goes through before JAX-RS sees it (a Vert.x route, after the
 * content origin's gate): CORS at the application's origin (other sites' pages and tools call the
 * LRS with Basic credentials, never with cookies, so any origin may), the whole body read once
 * (bounded) so resources and the alternate request syntax can use it, the 1.0.3 alternate request
 * syntax unpacked into real headers, and the version header on every response.
 *
 * <p>The alternate syntax ({@code POST ...?method=PUT} with the headers, parameters and content in
 * a form body, for browsers that cannot send custom headers cross-origin) is turned into the
 * request it stands for here and in {@link XapiRequestFilters#alternateSyntax}, so every /xapi/
 * resource, the document resources included, gets it without knowing.
 */
@ApplicationScoped
class XapiGate {

    static final String ALTERNATE = "surgalt.xapi.alternate";
    /** Headers the alternate syntax may carry in its form (xAPI 1.0.3, Communication 1.3). */
    private static final Set<String> FORM_HEADERS = Set.of("authorization", "x-experience-api-version",
            "content-type", "content-length", "if-match", "if-none-match");
    static final String VERSION_HEADER = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

    /**
     * Every statement stored before this instant is returned by queries: statements are readable
     * when their request is answered, so only a store still in flight could be missed, and those
     * take well under the margin.
     */
    static String consistentThrough() {
        return java.time.Instant.now().minusMillis(100).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    /** After the content origin's gate (-1100), before the security headers and CSRF (-1001, -1000). */
    static final int ROUTE_ORDER = -1050;
    /** The content origin's bound on posts (contentorigin/ContentOriginGate), for the LRS there too. */
    static final long CONTENT_ORIGIN_MAX_BYTES = 4L << 20;

    private final XapiConfig config;

    XapiGate(XapiConfig config) {
        this.config = config;
    }

    /** The method, target query and content an alternate-syntax request stands for. */
    record Alternate(String method, String query) {
    }

    void register(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::handle);
    }

    static boolean isXapi(String path) {
        return path.equals("/xapi") || path.startsWith("/xapi/");
    }

    void handle(RoutingContext rc) {
        if (!isXapi(rc.normalizedPath())) {
            rc.next();
            return;
        }
        boolean appOrigin = !ContentOriginGate.isContentRequest(rc);
        String origin = rc.request().getHeader("Origin");
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            String version = rc.request().getHeader(VERSION_HEADER);
            // A 1.0.x request is answered as 1.0.3; anything else (2.0, none, unknown) as the newest version.
            headers.set(VERSION_HEADER, XapiVersion.of(version).orElse(XapiVersion.V2));
            // Clients (the ADL suite among them) compare Consistent-Through with the server's clock.
            headers.set("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
            if (rc.request().method() == HttpMethod.GET && rc.normalizedPath().startsWith("/xapi/statements")
                    && !headers.contains(CONSISTENT_THROUGH)) {
                headers.set(CONSISTENT_THROUGH, consistentThrough());
            }
            if (appOrigin && origin != null) {
                headers.set("Access-Control-Allow-Origin", "*");
                headers.set("Access-Control-Expose-Headers", "ETag, Last-Modified, Location, "
                        + "X-Experience-API-Version, X-Experience-API-Consistent-Through");
            }
        });
        if (rc.request().method() == HttpMethod.OPTIONS && origin != null && appOrigin) {
            rc.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, "
                            + "If-None-Match, X-Experience-API-Version, X-Experience-API-Consistent-Through")
                    .putHeader("Access-Control-Max-Age", "3600").end();
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        long limit = limit(rc);
        try {
            if (length != null && Long.parseLong(length.strip()) > limit) {
                tooLarge(rc);
                return;
            }
        } catch (NumberFormatException e) {
            rc.response().setStatusCode(400).end();
            return;
        }
        HttpMethod method = rc.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.DELETE && length == null) {
            rc.next();
            return;
        }
        rc.request().body().onComplete(read -> {
            if (read.failed()) {
                rc.fail(400, read.cause());
                return;
            }
            Buffer body = read.result();
            if (body.length() > limit) {
                tooLarge(rc);
                return;
            }
            if (rc.queryParams().contains("method")) {
                unpackAlternate(rc, body);
            } else {
                rc.setBody(body);
            }
            rc.next();
        });
        // Quarkus pauses requests until someone reads them.
        rc.request().resume();
    }

    /**
     * Moves the form's header fields into the request's headers and its content into the body;
     * the other fields become the query {@link XapiRequestFilters} puts on the request.
     */
    private static void unpackAlternate(RoutingContext rc, Buffer body) {
        String formType = rc.request().getHeader("Content-Type");
        boolean isForm = formType == null
                || formType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = parseForm(body.toString(StandardCharsets.UTF_8));
        MultiMap headers = rc.request().headers();
        StringBuilder query = new StringBuilder();
        String content = "";
        for (Map.Entry<String, String> field : form.entrySet()) {
            String name = field.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content")) {
                content = field.getValue();
            } else if (FORM_HEADERS.contains(lower)) {
                headers.set(name, field.getValue());
            } else {
                if (query.length() > 0) {
                    query.append('&');
                }
                query.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
            }
        }
        if (!form.containsKey("Content-Type") && !form.containsKey("content-type")) {
            headers.remove("Content-Type");
            if (!content.isEmpty()) {
                headers.set("Content-Type", "application/json");
            }
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        headers.set("Content-Length", Integer.toString(bytes.length));
        rc.setBody(Buffer.buffer(bytes));
        // Anything besides "method" in the real query string is an error (checked by the filter).
        boolean extraQuery = rc.queryParams().size() > 1;
        rc.put(ALTERNATE, new Alternate(isForm && !extraQuery && rc.request().method() == HttpMethod.POST
                ? rc.queryParams().get("method").toUpperCase(Locale.ROOT) : null, query.toString()));
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                form.put(name, value);
            }
        }
        return form;
    }

    /** Content's runtime posts at the content origin stay small, as the content origin's other posts do. */
    private long limit(RoutingContext rc) {
        return ContentOriginGate.isContentRequest(rc) ? Math.min(CONTENT_ORIGIN_MAX_BYTES, config.maxRequestBytes())
                : config.maxRequestBytes();
    }

    private void tooLarge(RoutingContext rc) {
        rc.response().setStatusCode(413).putHeader("Content-Type", "application/json")
                .end("{\"error\":true,\"status\":413,\"message\":\"The request is larger than "
                        + limit(rc) + " bytes.\"}");
    }
}
