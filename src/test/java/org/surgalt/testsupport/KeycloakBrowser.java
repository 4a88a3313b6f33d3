package org.surgalt.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.htmlunit.CookieManager;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;

/**
 * A browser without JavaScript for journeys through Keycloak's own login page, and Keycloak reached
 * as {@code localhost}: the same realms under another issuer URL, so that a test may connect a
 * provider of its own beside SsoSignInTest's (an issuer is connected once).
 */
public final class KeycloakBrowser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebClient client;

    public KeycloakBrowser() {
        client = new WebClient();
        client.setCookieManager(new LoopbackCookieManager());
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setTimeout(30_000);
    }

    /** The realm's issuer as {@code http://localhost:<port>/realms/<realm>}. */
    public static String localhostIssuer(KeycloakServer keycloak, String realm) {
        return keycloak.issuer(realm).replace("://127.0.0.1:", "://localhost:");
    }

    /** A browser that carries a local session (as {@link Sessions} made it) on the application's host. */
    public KeycloakBrowser signedInLocally(Sessions.Session session, String host) {
        client.getCookieManager().addCookie(new Cookie(host, Sessions.SESSION_COOKIE, session.session(), "/", null,
                false, true));
        client.getCookieManager().addCookie(new Cookie(host, Sessions.CSRF_COOKIE, session.csrf(), "/", null, false,
                false));
        return this;
    }

    public WebClient client() {
        return client;
    }

    /** On Keycloak's login page: types the person's username and password and signs in. */
    public static HtmlPage signInAtKeycloak(HtmlPage keycloakPage, String username, String password)
            throws IOException {
        assertTrue(keycloakPage.getUrl().toString().contains("/realms/"),
                "expected Keycloak's login page, got " + keycloakPage.getUrl() + "\n" + keycloakPage.asNormalizedText());
        HtmlForm form = (HtmlForm) keycloakPage.getElementById("kc-form-login");
        form.getInputByName("username").setValue(username);
        form.getInputByName("password").setValue(password);
        return keycloakPage.getHtmlElementById("kc-login").click();
    }

    /** An access token of a direct grant from the realm reached as localhost. */
    public static String localhostToken(KeycloakServer keycloak, String realm, String username, String password) {
        String form = "grant_type=password&client_id=surgalt&scope=openid&client_secret="
                + URLEncoder.encode(keycloak.clientSecret(realm), StandardCharsets.UTF_8) + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(localhostIssuer(keycloak, realm) + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + username + ": " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    /**
     * Keycloak marks its login-session cookies Secure even over http. Browsers treat loopback
     * addresses as secure contexts and send them back; HtmlUnit only does so over https.
     */
    private static final class LoopbackCookieManager extends CookieManager {
        @Override
        public synchronized void addCookie(Cookie cookie) {
            boolean loopback = "127.0.0.1".equals(cookie.getDomain()) || "localhost".equals(cookie.getDomain());
            super.addCookie(!cookie.isSecure() || !loopback ? cookie
                    : new Cookie(cookie.getDomain(), cookie.getName(), cookie.getValue(), cookie.getPath(),
                            cookie.getExpires(), false, cookie.isHttpOnly(), cookie.getSameSite()));
        }
    }
}
