package org.surgalt.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.surgalt.identity.CurrentUser;

/**
 * The language of this request: the visitor's choice (the {@code lang} cookie set by the switch
 * on every page), else the signed-in person's language, else the browser's Accept-Language,
 * else English.
 */
@RequestScoped
public class Language {

    public static final String COOKIE = "lang";
    static final List<String> SUPPORTED = List.of("en", "mn");

    private final HttpHeaders headers;
    private final CurrentUser currentUser;
    private Locale locale;

    /**
     * Nothing is resolved here: the error mapper asks for {@link #apiLocale()} while answering a
     * failed sign-in (a bad bearer token), and resolving the person then would fail again inside
     * the mapper, over and over.
     */
    Language(HttpHeaders headers, CurrentUser currentUser) {
        this.headers = headers;
        this.currentUser = currentUser;
    }

    /**
     * The language of an API response (problem+json): the switch's cookie, else Accept-Language,
     * else English, but not the account's stored language. An API client says what it reads in
     * Accept-Language, and a script that worked yesterday should not get Mongolian because someone
     * changed a profile; the pages' own scripts send the page's language (static/upload.js).
     */
    public Locale apiLocale() {
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return Locale.forLanguageTag(cookie.getValue());
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (SUPPORTED.contains(accepted.getLanguage())) {
                return Locale.forLanguageTag(accepted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    static String choose(HttpHeaders headers, CurrentUser currentUser) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        if (cookie != null && SUPPORTED.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        // Not on the IO thread (error pages of unmatched routes), where the viewer cannot be looked up.
        if (!io.vertx.core.Context.isOnEventLoopThread()) {
            String preferred;
            try {
                preferred = currentUser.viewer().map(viewer -> viewer.locale().getLanguage()).orElse(null);
            } catch (io.quarkus.security.AuthenticationFailedException failed) {
                preferred = null; // a bad token: the error page for it still needs a language
            }
            if (preferred != null && SUPPORTED.contains(preferred)) {
                return preferred;
            }
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (SUPPORTED.contains(accepted.getLanguage())) {
                return accepted.getLanguage();
            }
        }
        return "en";
    }

    public Locale locale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(choose(headers, currentUser));
        }
        return locale;
    }

    public String code() {
        return locale().getLanguage();
    }
}
