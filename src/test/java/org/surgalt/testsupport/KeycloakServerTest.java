package org.surgalt.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The realms of deploy/keycloak as a real Keycloak serves them to Surgalt. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakServerTest {

    private static final String PASSWORD = "Passw0rd!";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nmu", "schools"})
    @Order(1)
    void discoveryDocumentNamesTheRealmAsIssuer(String realm) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.issuer(realm) + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(keycloak.issuer(realm), JSON.readTree(response.body()).path("issuer").asText());
    }

    @ParameterizedTest
    @CsvSource({
        "nmu,     tuya.teacher, learner,           teachers",
        "nmu,     bat.master,   author,            master-teachers",
        "nmu,     bat.master,   grader,            master-teachers",
        "schools, bold.it,      learner,           it-teachers",
        "schools, naraa.admin,  institution-admin, school-admins",
    })
    @Order(2)
    void accessAndIdTokensCarryRealmRolesAndGroupNames(String realm, String user, String role, String group) throws Exception {
        JsonNode tokens = JSON.readTree(keycloak.passwordGrant(realm, user, PASSWORD).body());

        for (String token : List.of("access_token", "id_token")) {
            JsonNode claims = payload(tokens.path(token).asText());
            assertEquals(keycloak.issuer(realm), claims.path("iss").asText(), token);
            assertTrue(strings(claims.path("realm_access").path("roles")).contains(role), token + ": " + claims);
            assertEquals(List.of(group), strings(claims.path("groups")), token + ": " + claims);
        }
    }

    @Test
    @Order(2)
    void coordinatorRoleIsGrantedDirectlyWithoutAGroup() throws Exception {
        JsonNode claims = payload(keycloak.passwordGrantToken("nmu", "saraa.coord", PASSWORD));

        assertEquals(List.of("coordinator"), strings(claims.path("realm_access").path("roles")));
        assertEquals("saraa@nmu.demo", claims.path("email").asText());
        assertEquals("surgalt", claims.path("azp").asText());
    }

    @Test
    @Order(2)
    void wrongPasswordGetsNoToken() throws Exception {
        HttpResponse<String> response = keycloak.passwordGrant("nmu", "tuya.teacher", "wrong-password");

        // Keycloak answers a bad user password with RFC 6749's 400 invalid_grant, not 401.
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("invalid_grant", body.path("error").asText());
        assertTrue(body.path("access_token").isMissingNode());
    }

    @Test
    @Order(2)
    void oneRealmsUsersCannotSignInToAnother() {
        HttpResponse<String> response = keycloak.passwordGrant("schools", "tuya.teacher", PASSWORD);

        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    @Order(3)
    void restartKeepsAddressAndUsers() throws Exception {
        String issuer = keycloak.issuer("nmu");

        keycloak.stop();
        assertFalse(keycloak.running());
        keycloak.start();

        assertTrue(keycloak.running());
        assertEquals(issuer, keycloak.issuer("nmu"));
        assertEquals(issuer, payload(keycloak.passwordGrantToken("nmu", "tuya.teacher", PASSWORD)).path("iss").asText());
    }

    private static JsonNode payload(String jwt) throws IOException {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
