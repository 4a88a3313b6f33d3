package org.surgalt.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsrfProtectionTest {

    private static final String FORM = "/test-only/form";
    private static final String REFUSED = "The form has expired or did not come from this site.";
    private static final Pattern HIDDEN_FIELD = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]*)\">");

    /** What a browser holds after loading the form page: its cookie and the token the page wrote. */
    private record Visit(String cookie, String token) {

        RequestSpecification post() {
            return given().cookie(CsrfToken.COOKIE, cookie).queryParam("_csrf", token);
        }
    }

    @BeforeEach
    void forgetEarlierPosts() {
        FormTestResource.SAVED.clear();
    }

    private static Visit visitForm() {
        Response page = given().accept("text/html").when().get(FORM).then().statusCode(200).extract().response();
        Matcher field = HIDDEN_FIELD.matcher(page.asString());
        assertTrue(field.find(), "the form has the hidden _csrf field");
        return new Visit(page.getCookie(CsrfToken.COOKIE), field.group(1));
    }

    @Test
    void aFirstVisitGetsACookieAndAFormCarryingTheSameToken() {
        Response page = given().accept("text/html").when().get(FORM).then().statusCode(200).extract().response();
        String setCookie = csrfSetCookie(page).toLowerCase(Locale.ROOT);
        assertTrue(setCookie.contains("; httponly") && setCookie.contains("; samesite=lax") && setCookie.contains("; path=/"),
                setCookie);
        assertFalse(setCookie.contains("secure"), "no Secure flag over plain http: " + setCookie);

        String token = page.getCookie(CsrfToken.COOKIE);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "32 random bytes in base64url: " + token);
        assertTrue(page.asString().contains("action=\"/test-only/form?_csrf=" + token + "\""), page.asString());
        assertTrue(page.asString().contains("name=\"_csrf\" value=\"" + token + "\""), page.asString());
        assertNotEquals(token, visitForm().cookie(), "every browser gets its own token");
    }

    @Test
    void aReturningBrowserKeepsItsToken() {
        Visit visit = visitForm();
        Response again = given().cookie(CsrfToken.COOKIE, visit.cookie()).accept("text/html").when().get(FORM)
                .then().statusCode(200).extract().response();
        assertNull(csrfSetCookie(again), "no new cookie");
        assertTrue(again.asString().contains("value=\"" + visit.cookie() + "\""), again.asString());
    }

    @Test
    void theCookieIsSecureBehindTls() {
        Response page = given().header("X-Forwarded-Proto", "https").when().get(FORM).then().extract().response();
        assertTrue(csrfSetCookie(page).toLowerCase(Locale.ROOT).contains("; secure"), csrfSetCookie(page));
    }

    @Test
    void aFormPostWithItsTokenReachesTheEndpoint() {
        Visit visit = visitForm();
        visit.post().formParam("_csrf", visit.token()).formParam("title", "Hello")
                .when().post(FORM).then().statusCode(200).body(equalTo("saved Hello"));
        given().cookie(CsrfToken.COOKIE, visit.cookie()).header(CsrfToken.HEADER, visit.token()).formParam("title", "Header")
                .when().post(FORM).then().statusCode(200).body(equalTo("saved Header"));
        visit.post().multiPart("title", "Upload")
                .when().post(FORM).then().statusCode(200).body(equalTo("uploaded Upload"));
        // Same-origin browsers name the origin; that is fine.
        visit.post().header("Origin", "http://localhost:" + RestAssured.port).formParam("title", "Same origin")
                .when().post(FORM).then().statusCode(200);
        visit.post().header("Referer", "http://localhost:" + RestAssured.port + FORM).formParam("title", "Referred")
                .when().post(FORM).then().statusCode(200);
        assertEquals(List.of("Hello", "Header", "Upload", "Same origin", "Referred"), FormTestResource.SAVED);
    }

    @Test
    void aPostWithoutTheTokenIsRefusedBeforeTheEndpointRuns() {
        Visit visit = visitForm();
        given().cookie(CsrfToken.COOKIE, visit.cookie()).formParam("title", "No token")
                .when().post(FORM).then().statusCode(403);
        // The hidden field alone is not enough: bodies are not read before the endpoint (see CsrfProtection).
        given().cookie(CsrfToken.COOKIE, visit.cookie()).formParam("_csrf", visit.token()).formParam("title", "Field only")
                .when().post(FORM).then().statusCode(403);
        given().cookie(CsrfToken.COOKIE, visit.cookie()).multiPart("title", "No token")
                .when().post(FORM).then().statusCode(403);
        // A cross-site form can also post text/plain.
        given().cookie(CsrfToken.COOKIE, visit.cookie()).contentType(ContentType.TEXT).body("title=x")
                .when().post(FORM).then().statusCode(403);
        // A browser without the cookie cannot have the token.
        given().queryParam("_csrf", visit.token()).formParam("title", "No cookie")
                .when().post(FORM).then().statusCode(403);
        assertEquals(List.of(), FormTestResource.SAVED);
    }

    @Test
    void aTokenOfAnotherBrowserIsRefused() {
        Visit mine = visitForm();
        Visit theirs = visitForm();
        given().cookie(CsrfToken.COOKIE, mine.cookie()).queryParam("_csrf", theirs.token()).formParam("title", "Forged")
                .when().post(FORM).then().statusCode(403);
        given().cookie(CsrfToken.COOKIE, mine.cookie()).header(CsrfToken.HEADER, mine.token().substring(1) + "A")
                .formParam("title", "Forged").when().post(FORM).then().statusCode(403);
        assertEquals(List.of(), FormTestResource.SAVED);
    }

    @Test
    void aPostFromAnotherOriginIsRefusedEvenWithAValidToken() {
        Visit visit = visitForm();
        visit.post().header("Origin", "https://evil.example").formParam("title", "Evil")
                .when().post(FORM).then().statusCode(403);
        visit.post().header("Referer", "https://evil.example/page").formParam("title", "Evil")
                .when().post(FORM).then().statusCode(403);
        visit.post().header("Origin", "null").formParam("title", "Sandboxed")
                .when().post(FORM).then().statusCode(403);
        // Same host, other port: another origin.
        visit.post().header("Origin", "http://localhost:" + (RestAssured.port + 1)).formParam("title", "Port")
                .when().post(FORM).then().statusCode(403);
        assertEquals(List.of(), FormTestResource.SAVED);
    }

    @Test
    void browsersAreToldOnAPageAndApiClientsInProblemJson() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").formParam("title", "x")
                .when().post(FORM).then().statusCode(403).contentType(containsString("text/html"))
                .body(allOf(containsString("Error 403"), containsString(REFUSED), containsString("href=\"/\""),
                        not(containsString("_csrf="))));
        given().accept("text/html").header("Accept-Language", "mn").formParam("title", "x")
                .when().post(FORM).then().statusCode(403).body(containsString("Алдаа 403"));
        given().accept("application/json").formParam("title", "x")
                .when().post(FORM).then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("title", equalTo("Forbidden"))
                .body("detail", containsString(REFUSED)).body("instance", equalTo(FORM));
    }

    @Test
    void jsonApiCallsNeedNoTokenButMustNotComeFromAnotherOrigin() {
        Map<String, Object> course = Map.of("code", "csrf-evil", "language", "en", "title", Map.of("en", "Evil"));
        // Refused before anything else looks at it, signing in included.
        given().contentType(ContentType.JSON).header("Origin", "https://evil.example").body(course)
                .when().post("/api/courses")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString(REFUSED));
        given().contentType(ContentType.JSON).body(course)
                .when().post("/api/courses").then().statusCode(not(equalTo(403)));
        // JSON outside /api/ is a page's business and needs the token.
        given().contentType(ContentType.JSON).body("{}").when().post(FORM).then().statusCode(403);
    }

    @Test
    void bearerRequestsNeedNoTokenButMustNotComeFromAnotherOrigin() {
        given().header("Authorization", "Bearer some.access.token").formParam("title", "Bearer")
                .when().post(FORM).then().statusCode(200).body(equalTo("saved Bearer"));
        given().header("Authorization", "Bearer some.access.token").header("Origin", "https://evil.example")
                .formParam("title", "Evil bearer").when().post(FORM).then().statusCode(403);
        // Basic credentials are as ambient as a cookie.
        given().auth().preemptive().basic("someone", "secret").formParam("title", "Basic")
                .when().post(FORM).then().statusCode(403);
        assertEquals(List.of("Bearer"), FormTestResource.SAVED);
    }

    @Test
    void formLoginIsCoveredThoughJaxRsNeverSeesIt() {
        given().formParam("email", "teacher@example.org").formParam("password", "secret")
                .when().post("/j_security_check").then().statusCode(403);
        Visit visit = visitForm();
        // Passed on with its body unread: form login can still read the credentials (no 500).
        visit.post().formParam("email", "teacher@example.org").formParam("password", "wrong")
                .when().post("/j_security_check").then().statusCode(allOf(not(equalTo(403)), lessThan(500)));
    }

    private static String csrfSetCookie(Response response) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(CsrfToken.COOKIE + "=")).findFirst().orElse(null);
    }
}
