package org.surgalt.web.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.surgalt.web.Language;
import org.surgalt.web.Layout.LayoutContext;
import org.surgalt.web.Problem;

/**
 * The 403 for a request {@link CsrfProtection} refused. It is sent before JAX-RS ever sees the
 * request, so ErrorMapper cannot render it; this renders the same error page (in the visitor's
 * language) and the same problem+json, choosing between them by ErrorMapper's rule.
 */
@ApplicationScoped
class Refusal {

    static final String DETAIL = "The form has expired or did not come from this site. Reload the page and try again.";

    // The languages org.surgalt.web.Language offers.
    private static final List<String> LANGUAGES = List.of("en", "mn");

    private final Engine engine;
    private final ObjectMapper json;

    Refusal(Engine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    void send(RoutingContext rc) {
        HttpServerResponse response = rc.response().setStatusCode(403);
        if (wantsHtml(rc)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(page(rc));
        } else {
            Problem problem = new Problem("about:blank", "Forbidden", 403, DETAIL, rc.request().path(), List.of(), null);
            try {
                response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String page(RoutingContext rc) {
        String lang = language(rc);
        // The path only: the query may hold the refused token.
        String here = rc.request().path();
        LayoutContext layout = new LayoutContext(lang, switchLink("en", here), switchLink("mn", here));
        return engine.getTemplate("ErrorMapper/error").instance()
                .data("status", 403).data("message", DETAIL).data("errorId", null).data("errors", List.of())
                .data("layout", layout).setLocale(Locale.forLanguageTag(lang)).render();
    }

    /** As ErrorMapper: /api/ is always JSON; otherwise HTML only for a client that asks for it first. */
    static boolean wantsHtml(RoutingContext rc) {
        if (rc.normalizedPath().startsWith("/api/")) {
            return false;
        }
        for (String type : byPreference(rc.request().getHeader(HttpHeaders.ACCEPT))) {
            if (type.startsWith("*/")) {
                return false;
            }
            if (type.equals("text/html") || type.equals("text/*")) {
                return true;
            }
            if (type.endsWith("/json") || type.endsWith("+json")) {
                return false;
            }
        }
        return false;
    }

    /** An Accept* header's values without their parameters, most wanted first: "a;q=0.5, b" → [b, a]. */
    static List<String> byPreference(String accept) {
        if (accept == null) {
            return List.of();
        }
        record Accepted(String type, double quality) {
        }
        List<Accepted> accepted = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            double quality = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            accepted.add(new Accepted(pieces[0].trim().toLowerCase(Locale.ROOT), quality));
        }
        accepted.sort(Comparator.comparingDouble(Accepted::quality).reversed());
        return accepted.stream().filter(a -> a.quality() > 0).map(Accepted::type).toList();
    }

    /** As org.surgalt.web.Language: the visitor's choice, else the browser's, else English. */
    private static String language(RoutingContext rc) {
        var cookie = rc.request().getCookie(Language.COOKIE);
        if (cookie != null && LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        for (String accepted : byPreference(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE))) {
            String language = accepted.split("-", 2)[0];
            if (LANGUAGES.contains(language)) {
                return language;
            }
        }
        return "en";
    }

    private static String switchLink(String lang, String returnTo) {
        return "/language/" + lang + "?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
