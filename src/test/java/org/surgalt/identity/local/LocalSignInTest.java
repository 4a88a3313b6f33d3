package org.surgalt.identity.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

@QuarkusTest
class LocalSignInTest {

    @Inject
    LoginThrottleRepository throttles;

    @Inject
    MockMailbox mailbox;

    /** Every test signs in from 127.0.0.1: forget that address's failures so tests stay independent. */
    @AfterEach
    @Transactional
    void forgetAddressFailures() {
        throttles.delete("id.scope", LoginThrottle.Scope.ADDRESS);
    }

    @Test
    void aLocalUserSignsInAndIsKnownOnEveryRequest() {
        TestPerson person = aPerson().withRole(Role.COORDINATOR).create();
        Sessions.Session session = Sessions.as(person);
        session.given().when().get("/api/me").then().statusCode(200)
                .body("email", equalTo(person.email()))
                .body("roles", hasItem(containsString("coordinator@institution:")));
        session.given().accept("text/html").when().get("/").then().statusCode(200)
                .body(containsString("Тест Хэрэглэгч"));
    }

    /** The header's "Sign in" link and pages that need a person both go through /login?return=. */
    @Test
    void signingInFromALinkThatSaysWhereToReturnGoesBackThere() {
        TestPerson person = aPerson().create();
        Response page = given().accept("text/html").when().get("/login?return=/account/password");
        String csrf = page.then().statusCode(200).extract().cookie(Sessions.CSRF_COOKIE);
        String location = page.getCookie("quarkus-redirect-location");
        given().redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf)
                .cookie("quarkus-redirect-location", location).contentType(ContentType.URLENC)
                .queryParam("_csrf", csrf)
                .formParams(Map.of("email", person.email(), "password", person.password(), "_csrf", csrf))
                .when().post("/j_security_check")
                .then().statusCode(302).header("Location", org.hamcrest.Matchers.endsWith("/account/password"));
    }

    /** The header's "Sign in" link on the sign-in page kept nesting: /login?return=/login?return=... */
    @Test
    void theSignInLinkNeverReturnsToTheSignInPage() {
        String link = signInLink("/login");
        assertEquals("/login", link, "on the sign-in page, the link has nowhere else to return to");
        for (int step = 0; step < 3; step++) {
            link = signInLink(link);
            assertEquals("/login", link, "following the link, step " + step);
        }
        // A page that needs a person sends the browser to sign in, returning to that page, and
        // the sign-in page reached so keeps that page, not itself, as where to return.
        String location = given().accept("text/html").redirects().follow(false).when().get("/account/password")
                .then().statusCode(303).extract().header("Location");
        String reached = java.net.URI.create(location).getRawPath() + "?" + java.net.URI.create(location).getRawQuery();
        assertEquals("/login?return=%2Faccount%2Fpassword", reached);
        assertEquals(reached, signInLink(reached));
        assertEquals(reached, signInLink(signInLink(reached)));
        // Bookmarks from before the fix still return to the page, not to the sign-in page.
        assertEquals(reached, signInLink("/login?return=%2Flogin%3Freturn%3D%252Faccount%252Fpassword"));
    }

    /** The href of the header's "Sign in" link on the page at this address. */
    private static String signInLink(String address) {
        String html = given().accept("text/html").urlEncodingEnabled(false).when().get(address).then().statusCode(200)
                .extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a href=\"(/login[^\"]*)\">").matcher(html);
        assertTrue(link.find(), "a sign-in link on " + address);
        assertFalse(link.group(1).contains("return=%2Flogin"), address + " links to " + link.group(1));
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void anonymousApiCallsAreToldToSignIn() {
        given().when().get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLax() {
        TestPerson person = aPerson().create();
        String csrf = Sessions.csrfToken();
        String setCookie = Sessions.postLogin(csrf, person.email(), person.password()).then().statusCode(302)
                .extract().headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(Sessions.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(setCookie.toLowerCase(), org.hamcrest.Matchers.allOf(
                containsString("httponly"), containsString("samesite=lax")));
    }

    @Test
    void wrongPasswordAndUnknownAccountFailTheSameWay() {
        TestPerson person = aPerson().create();
        String csrf = Sessions.csrfToken();
        Response wrong = Sessions.postLogin(csrf, person.email(), "not the password");
        Response unknown = Sessions.postLogin(csrf, "nobody-" + person.email(), "not the password");
        for (Response response : new Response[] {wrong, unknown}) {
            response.then().statusCode(302).header("Location", containsString("/login?error=1"));
            assertNull(response.getCookie(Sessions.SESSION_COOKIE));
        }
        String page = given().accept("text/html").when().get("/login?error=1").then().statusCode(200)
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(page, containsString("Sign-in failed."));
    }

    @Test
    void twentyWrongPasswordsPauseTheAccountEvenForTheRightOne() {
        TestPerson person = aPerson().create();
        String csrf = Sessions.csrfToken();
        for (int i = 0; i < 20; i++) {
            assertNull(Sessions.postLogin(csrf, person.email(), "guess-" + i).getCookie(Sessions.SESSION_COOKIE));
        }
        Response right = Sessions.postLogin(csrf, person.email(), person.password());
        right.then().statusCode(302).header("Location", containsString("/login?error=1"));
        assertNull(right.getCookie(Sessions.SESSION_COOKIE), "the 21st attempt, with the right password, is refused");

        // Another account is not affected by this one's pause.
        TestPerson other = aPerson().create();
        assertNotNull(Sessions.postLogin(csrf, other.email(), other.password()).getCookie(Sessions.SESSION_COOKIE));
    }

    @Test
    void signingOutClearsTheSession() {
        Sessions.Session session = Sessions.as(aPerson().create());
        Response out = session.given().redirects().follow(false).queryParam("_csrf", session.csrf())
                .contentType(ContentType.URLENC).formParam("_csrf", session.csrf())
                .when().post("/logout");
        out.then().statusCode(303);
        String cleared = out.headers().getValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(Sessions.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        org.hamcrest.MatcherAssert.assertThat(cleared, org.hamcrest.Matchers.anyOf(
                containsString("Max-Age=0"), containsString("Expires=Thu, 01 Jan 1970")));
    }

    @Test
    void aPasswordIsChangedWithTheCurrentOne() {
        TestPerson person = aPerson().create();
        Sessions.Session session = Sessions.as(person);
        session.given().queryParam("_csrf", session.csrf()).contentType(ContentType.URLENC)
                .formParams(Map.of("currentPassword", "wrong one", "newPassword", "a brand new secret",
                        "newPasswordAgain", "a brand new secret", "_csrf", session.csrf()))
                .when().post("/account/password").then().statusCode(400)
                // In the person's language (test people are Mongolian unless said otherwise).
                .body(containsString("таны одоогийн нууц үг биш"));
        session.given().queryParam("_csrf", session.csrf()).contentType(ContentType.URLENC)
                .formParams(Map.of("currentPassword", person.password(), "newPassword", "a brand new secret",
                        "newPasswordAgain", "a brand new secret", "_csrf", session.csrf()))
                .when().post("/account/password").then().statusCode(200)
                .body(containsString("Таны нууц үг солигдлоо."));
        Sessions.as(person.email(), "a brand new secret").given().when().get("/api/me").then().statusCode(200);
    }

    @Test
    void aResetLinkFromTheMailWorksOnce() {
        TestPerson teacher = aPerson().create();
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        mailbox.clear();
        admin.given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/users/{id}/password-reset", teacher.id())
                .then().statusCode(202).body(not(containsString("password-reset/")));
        String text = mailbox.getMailsSentTo(teacher.email()).get(0).getText();
        String path = text.substring(text.indexOf("/password-reset/")).split("\\s")[0];

        String csrf = Sessions.csrfToken();
        Map<String, String> form = Map.of("newPassword", "set through the link", "newPasswordAgain",
                "set through the link", "_csrf", csrf);
        given().cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf).contentType(ContentType.URLENC)
                .formParams(form).when().post(path).then().statusCode(200);
        given().cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf).contentType(ContentType.URLENC)
                .formParams(form).when().post(path).then().statusCode(400).body(containsString("used already"));
        assertNull(Sessions.postLogin(csrf, teacher.email(), teacher.password()).getCookie(Sessions.SESSION_COOKIE));
        assertNotNull(Sessions.postLogin(csrf, teacher.email(), "set through the link").getCookie(Sessions.SESSION_COOKIE));

        // A plain teacher cannot ask for resets of others.
        Sessions.as(aPerson().create()).given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/admin/users/{id}/password-reset", teacher.id()).then().statusCode(403);
    }
}
