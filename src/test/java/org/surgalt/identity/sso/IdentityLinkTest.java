package org.surgalt.identity.sso;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.KeycloakBrowser;
import org.surgalt.testsupport.KeycloakServer;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Linking a provider's sign-in to an existing local account (IdentityLinkService), with the real
 * Keycloak of deploy/keycloak reached as localhost (a provider of its own beside SsoSignInTest's):
 * an admin awaits "bat.master" for a local account; bat's sign-in on Keycloak's page then joins that
 * account, once, audited, and leaves another person's declaration waiting; Saraa's, by her verified
 * email, is taken by her sign-in; disabling the account stops its provider session and bearer tokens
 * at once. (Tuya is left alone: SsoSignInTest gives her address to a local account.)
 */
@QuarkusTest
@TestMethodOrder(OrderAnnotation.class)
class IdentityLinkTest {

    private static final String PASSWORD = "Passw0rd!";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "nmu-linked";
    private static KeycloakServer keycloak;
    /** Saraa's local account, whose sign-in the first test awaits by her verified email and the second uses. */
    private static TestPerson saraa;

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.get();
    }

    @Test
    @Order(1)
    void anAwaitedSignInJoinsTheLocalAccountOnceAndOthersStayApart() throws IOException {
        Arc.container().instance(IdentityService.class).get().createInstitutionIfAbsent("nmu-linked-school",
                "NMU linked", InstitutionKind.UNIVERSITY, "Улаанбаатар", "Сүхбаатар");
        TestPerson admin = aPerson().withLocale("en").withRole(Role.ADMIN).create();
        Sessions.Session byAdmin = Sessions.as(admin);
        byAdmin.given().contentType(ContentType.JSON).body(Map.of("code", CODE, "institution", "nmu-linked-school",
                "displayName", "NMU (linked)", "issuer", KeycloakBrowser.localhostIssuer(keycloak, "nmu"),
                "clientId", "surgalt", "clientSecret", keycloak.clientSecret("nmu"),
                "roleMapping", "master-teachers=author,grader")).post("/api/admin/identity-providers").then()
                .statusCode(201);
        TestPerson bat = aPerson().withName("Bat, local account").inInstitution("nmu-linked-school").create();
        saraa = aPerson().withName("Saraa, local account").inInstitution("nmu-linked-school").create();

        // A login is awaited for one person at a time, and the page says so.
        byAdmin.form().formParam("provider", CODE).formParam("login", "bat.master")
                .post("/admin/people/{id}/identity-links", bat.id()).then().statusCode(303);
        byAdmin.form().formParam("provider", CODE).formParam("login", "BAT.master")
                .post("/admin/people/{id}/identity-links", saraa.id()).then().statusCode(400)
                .body(containsString("is awaited already for a person through this provider"))
                .body(containsString("value=\"BAT.master\""));
        byAdmin.given().contentType(ContentType.JSON).body(Map.of("provider", CODE, "login", "saraa@nmu.demo"))
                .post("/api/admin/users/{id}/identity-links", saraa.id()).then().statusCode(201);
        byAdmin.given().accept("text/html").get("/admin/people/{id}", bat.id()).then().statusCode(200)
                .body(containsString("Awaited: bat.master through NMU (linked)"));

        try (KeycloakBrowser browser = new KeycloakBrowser()) {
            JsonNode me = signIn(browser, "bat.master");
            assertEquals(bat.id(), me.path("id").asLong(), "bat's sign-in joined the local account");
            assertEquals(bat.email(), me.path("email").asText());
            assertTrue(me.path("roles").toString().contains("author@institution:"), me.toString());
        }
        try (KeycloakBrowser browser = new KeycloakBrowser()) {
            assertEquals(bat.id(), signIn(browser, "bat.master").path("id").asLong(), "and stays joined");
        }
        byAdmin.given().get("/api/admin/users/{id}/identity-links", bat.id()).then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
        // Bat's sign-in took only what was awaited for bat: Saraa's declaration still waits.
        byAdmin.given().get("/api/admin/users/{id}/identity-links", saraa.id()).then().statusCode(200)
                .body("[0].login", org.hamcrest.Matchers.equalTo("saraa@nmu.demo"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity-link.consume' "
                + "AND target_user_id = " + bat.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM external_identity WHERE user_id = " + bat.id()));
    }

    @Test
    @Order(2)
    void disablingAJoinedAccountStopsItsProviderSessionAndBearerTokensAtOnce() throws IOException {
        Sessions.Session byAdmin = Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create());
        try (KeycloakBrowser browser = new KeycloakBrowser()) {
            assertEquals(saraa.id(), signIn(browser, "saraa.coord").path("id").asLong(), "joined by the verified email");
            String token = KeycloakBrowser.localhostToken(keycloak, "nmu", "saraa.coord", PASSWORD);
            io.restassured.RestAssured.given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                    .body("id", org.hamcrest.Matchers.equalTo((int) saraa.id()));

            byAdmin.given().contentType(ContentType.JSON).body("{}").post("/api/admin/users/{id}/disable", saraa.id())
                    .then().statusCode(204);

            Page after = browser.client().getPage(url("/api/me"));
            assertEquals(401, after.getWebResponse().getStatusCode(), "the provider session stopped at once");
            io.restassured.RestAssured.given().auth().oauth2(token).get("/api/me").then().statusCode(401);
        }
    }

    private JsonNode signIn(KeycloakBrowser browser, String username) throws IOException {
        HtmlPage keycloakPage = browser.client().getPage(url("/login?institution=" + CODE));
        HtmlPage home = KeycloakBrowser.signInAtKeycloak(keycloakPage, username, PASSWORD);
        assertEquals(200, home.getWebResponse().getStatusCode(), home.asNormalizedText());
        Page me = browser.client().getPage(url("/api/me"));
        assertEquals(200, me.getWebResponse().getStatusCode(), me.getWebResponse().getContentAsString());
        return JSON.readTree(me.getWebResponse().getContentAsString());
    }


    private long count(String sql) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult()))
                .longValue();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
