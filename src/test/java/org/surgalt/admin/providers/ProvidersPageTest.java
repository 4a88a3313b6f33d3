package org.surgalt.admin.providers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URL;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.KeycloakBrowser;
import org.surgalt.testsupport.KeycloakServer;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * The identity providers pages with the real Keycloak (the schools realm, reached as localhost so
 * that SsoSignInTest's own provider for it stays apart): adding one (its secret never shown again),
 * field errors, turning it off and on (audited), and "try to sign in", which comes back to the page
 * with the claims and roles that arrived while the admin stays signed in as themselves.
 */
@QuarkusTest
class ProvidersPageTest {

    private static final String SECRET_MARK = "the-secret-";
    private static KeycloakServer keycloak;

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.get();
    }


    @Test
    void anAdminAddsAProviderTriesToSignInThroughItAndStaysThemselves() throws IOException {
        Arc.container().instance(IdentityService.class).get().createInstitutionIfAbsent("providers-page-school",
                "Khovd school (providers page)", InstitutionKind.SCHOOL, "Ховд", "Жаргалант");
        TestPerson admin = aPerson().withLocale("en").withRole(Role.ADMIN).create();
        Sessions.Session session = Sessions.as(admin);
        String secret = keycloak.clientSecret("schools");

        // A wrong issuer: the form comes back with the field's error and everything typed but the secret.
        session.form().formParam("displayName", "Khovd schools").formParam("code", "khovd-page")
                .formParam("institution", "providers-page-school").formParam("issuer", "not a url")
                .formParam("clientId", "surgalt").formParam("clientSecret", SECRET_MARK + "typed")
                .post("/admin/identity-providers").then().statusCode(400)
                .body(containsString("must be the provider&#39;s http(s) issuer URL"))
                .body(containsString("value=\"khovd-page\""))
                .body(not(containsString(SECRET_MARK)));

        String location = session.form().formParam("displayName", "Khovd schools").formParam("code", "khovd-page")
                .formParam("institution", "providers-page-school")
                .formParam("issuer", KeycloakBrowser.localhostIssuer(keycloak, "schools"))
                .formParam("clientId", "surgalt").formParam("clientSecret", secret)
                .formParam("roleMapping", "school-admins=institution-admin\nit-teachers=learner")
                .post("/admin/identity-providers").then().statusCode(303).extract().header("Location");
        String page = session.given().accept("text/html").get(location).then().statusCode(200).extract().asString();
        assertTrue(page.contains("The provider is added."), page);
        assertTrue(page.contains("A secret is set."));
        assertFalse(page.contains(secret), "the secret is write-only");
        session.given().accept("text/html").get("/admin/identity-providers").then().statusCode(200)
                .body(containsString("Khovd schools")).body(not(containsString(secret)));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity-provider.create' "
                + "AND actor_id = " + admin.id() + " AND after_state LIKE '%\"hasSecret\":true%' "
                + "AND after_state NOT LIKE '%" + secret + "%'"));

        try (KeycloakBrowser browser = new KeycloakBrowser().signedInLocally(session, base.getHost())) {
            HtmlPage providerPage = browser.client().getPage(url(location));
            HtmlForm test = providerPage.getForms().stream()
                    .filter(f -> f.getActionAttribute().contains("/test")).findFirst().orElseThrow();
            HtmlPage keycloakPage = test.getButtonByName("").click();
            HtmlPage result = KeycloakBrowser.signInAtKeycloak(keycloakPage, "naraa.admin", "Passw0rd!");

            String text = result.asNormalizedText();
            assertTrue(result.getUrl().toString().startsWith(url("/admin/identity-providers/test-result")), text);
            assertTrue(text.contains("The sign-in worked."), text);
            assertTrue(text.contains("naraa.admin"), text);
            assertTrue(text.contains("naraa@khovd-school.demo"), text);
            assertTrue(text.contains("school-admins"), "the groups that arrived: " + text);
            assertTrue(text.contains("institution-admin"), "and the role they map to: " + text);

            Page me = browser.client().getPage(url("/api/me"));
            assertTrue(me.getWebResponse().getContentAsString().contains("\"id\":" + admin.id()),
                    "the admin is still themselves: " + me.getWebResponse().getContentAsString());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM app_user WHERE email = 'naraa@khovd-school.demo' "
                + "AND institution_id = (SELECT id FROM institution WHERE code = 'providers-page-school')"),
                "a trial makes no account");
    }

    @Test
    void turningAProviderOffTakesItsButtonAwayAndIsAudited() {
        Arc.container().instance(IdentityService.class).get().createInstitutionIfAbsent("providers-off-school",
                "Off school", InstitutionKind.SCHOOL, "Ховд", "Жаргалант");
        TestPerson institutionAdmin = aPerson().withLocale("en").inInstitution("providers-off-school").withRole(Role.INSTITUTION_ADMIN)
                .create();
        Sessions.Session session = Sessions.as(institutionAdmin);
        String location = session.form().formParam("displayName", "Off and on").formParam("code", "off-and-on")
                .formParam("institution", "providers-off-school").formParam("issuer", "http://127.0.0.1:9/realms/off")
                .formParam("clientId", "surgalt").post("/admin/identity-providers").then().statusCode(303)
                .extract().header("Location");
        long id = Long.parseLong(location.replaceAll(".*/identity-providers/(\\d+).*", "$1"));
        io.restassured.RestAssured.given().accept("text/html").get("/login").then()
                .body(containsString("Off and on"));

        session.form().post("/admin/identity-providers/{id}/disable", id).then().statusCode(303);
        io.restassured.RestAssured.given().accept("text/html").get("/login").then()
                .body(not(containsString("Off and on")));
        session.given().accept("text/html").get("/admin/identity-providers/{id}", id).then()
                .body(containsString("/admin/identity-providers/" + id + "/enable"))
                .body(not(containsString("/test?")));
        session.form().post("/admin/identity-providers/{id}/enable", id).then().statusCode(303);
        io.restassured.RestAssured.given().accept("text/html").get("/login").then().body(containsString("Off and on"));

        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity-provider.disable' "
                + "AND object_type = 'identity-provider' AND object_id = '" + id + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity-provider.enable' "
                + "AND object_id = '" + id + "'"));
        // Another institution's admin neither sees nor changes it.
        Sessions.Session other = Sessions.as(aPerson().withLocale("en").withRole(Role.INSTITUTION_ADMIN).create());
        other.given().accept("text/html").get("/admin/identity-providers").then().statusCode(200)
                .body(not(containsString("Off and on")));
        other.form().post("/admin/identity-providers/{id}/disable", id).then().statusCode(403);
    }

    private long count(String sql) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult()))
                .longValue();
    }

    private String url(String path) {
        return path.startsWith("http") ? path : base.toString().replaceAll("/$", "") + path;
    }
}
