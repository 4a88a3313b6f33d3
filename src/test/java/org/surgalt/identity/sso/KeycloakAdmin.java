package org.surgalt.identity.sso;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.surgalt.testsupport.KeycloakServer;

/** What an institution's Keycloak administrator does in the admin console, through its REST API. */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String token;

    private KeycloakAdmin(String url, String token) {
        this.url = url;
        this.token = token;
    }

    /** Signed in as the bootstrap admin of realm master. */
    static KeycloakAdmin connect(KeycloakServer keycloak) {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(keycloak.issuer("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return new KeycloakAdmin(keycloak.url(), read(response.body()).path("access_token").asText());
    }

    void grantRealmRole(String realm, String username, String role) {
        roleMapping(realm, username, role, "POST");
    }

    void revokeRealmRole(String realm, String username, String role) {
        roleMapping(realm, username, role, "DELETE");
    }

    /** Changes realm settings; fields left out of {@code json} keep their values. */
    void updateRealm(String realm, String json) {
        send(request("/admin/realms/" + realm).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), 204);
    }

    private void roleMapping(String realm, String username, String role, String method) {
        String userId = read(send(request("/admin/realms/" + realm + "/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET(), 200).body()).path(0).path("id").asText();
        String roleJson = send(request("/admin/realms/" + realm + "/roles/" + role).GET(), 200).body();
        send(request("/admin/realms/" + realm + "/users/" + userId + "/role-mappings/realm")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("[" + roleJson + "]")), 204);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                        + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
