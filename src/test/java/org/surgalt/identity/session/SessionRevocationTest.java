package org.surgalt.identity.session;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.hamcrest.Matchers.containsString;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * A session cookie someone kept (copied from a shared computer, taken over with the account) stops
 * working the moment its session is ended: by signing out, a password change or reset, disabling
 * the person, or "sign out everywhere". Before issue 16 every one of these cookies kept working for
 * up to 8 hours. (scaleout/ThreeInstancesIT replays such cookies on other instances.)
 */
@QuarkusTest
class SessionRevocationTest {

    private static int statusOfMe(Sessions.Session session) {
        return session.given().when().get("/api/me").then().extract().statusCode();
    }

    @Test
    void aCookieKeptFromBeforeSigningOutIsRefused() {
        Sessions.Session session = Sessions.as(aPerson().create());
        assertEquals(200, statusOfMe(session));
        session.given().redirects().follow(false).contentType(ContentType.URLENC)
                .queryParam("_csrf", session.csrf()).formParam("_csrf", session.csrf())
                .when().post("/logout").then().statusCode(303);
        assertEquals(401, statusOfMe(session));
        // And as a browser would see it: the page asks to sign in again.
        session.given().redirects().follow(false).accept("text/html").when().get("/home")
                .then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionButKeepsThisOne() {
        TestPerson person = aPerson().create();
        Sessions.Session here = Sessions.as(person);
        Sessions.Session elsewhere = Sessions.as(person);
        here.given().queryParam("_csrf", here.csrf()).contentType(ContentType.URLENC)
                .formParams(Map.of("currentPassword", person.password(), "newPassword", "changed after a leak",
                        "newPasswordAgain", "changed after a leak", "_csrf", here.csrf()))
                .when().post("/account/password").then().statusCode(200);
        assertEquals(200, statusOfMe(here));
        assertEquals(401, statusOfMe(elsewhere));
    }

    @Test
    void settingAPasswordWithAResetLinkEndsEverySession() {
        TestPerson person = aPerson().create();
        Sessions.Session attacker = Sessions.as(person);
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String link = admin.given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/users/{id}/password-handover", person.id()).then().statusCode(201)
                .extract().jsonPath().getString("link");
        String csrf = Sessions.csrfToken();
        given().cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf).contentType(ContentType.URLENC)
                .formParams(Map.of("newPassword", "mine again, at last", "newPasswordAgain", "mine again, at last",
                        "_csrf", csrf))
                .when().post(link.substring(link.indexOf("/password-reset/"))).then().statusCode(200);
        assertEquals(401, statusOfMe(attacker));
    }

    @Test
    void aDisabledPersonIsSignedOutAndCannotSignInUntilEnabled() {
        TestPerson person = aPerson().create();
        Sessions.Session session = Sessions.as(person);
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        admin.given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/users/{id}/disable", person.id()).then().statusCode(204);
        assertEquals(401, statusOfMe(session));
        String csrf = Sessions.csrfToken();
        assertNull(Sessions.postLogin(csrf, person.email(), person.password()).getCookie(Sessions.SESSION_COOKIE));

        admin.given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/users/{id}/enable", person.id()).then().statusCode(204);
        assertNotNull(Sessions.postLogin(csrf, person.email(), person.password()).getCookie(Sessions.SESSION_COOKIE));
        // Enabling does not bring back the sessions that disabling ended.
        assertEquals(401, statusOfMe(session));
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThePersonThisOneIncluded() {
        TestPerson person = aPerson().create();
        Sessions.Session lab = Sessions.as(person);
        Sessions.Session phone = Sessions.as(person);
        Sessions.Session someoneElse = Sessions.as(aPerson().create());
        lab.given().accept("text/html").when().get("/account/password").then().statusCode(200)
                .body(containsString("action=\"/account/sessions/revoke"));
        lab.given().redirects().follow(false).contentType(ContentType.URLENC).queryParam("_csrf", lab.csrf())
                .formParam("_csrf", lab.csrf()).when().post("/account/sessions/revoke")
                .then().statusCode(303).header("Location", containsString("/login"));
        assertEquals(401, statusOfMe(lab));
        assertEquals(401, statusOfMe(phone));
        assertEquals(200, statusOfMe(someoneElse));
    }

    @Test
    void anAdminSignsSomeoneOutEverywhere() {
        TestPerson person = aPerson().create();
        Sessions.Session session = Sessions.as(person);
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/users/{id}/sessions/revoke", person.id()).then().statusCode(204);
        assertEquals(401, statusOfMe(session));
        // Signing in again works: the person is not locked out, only the old sessions are gone.
        assertEquals(200, statusOfMe(Sessions.as(person)));
    }
}
