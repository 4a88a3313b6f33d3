package org.surgalt.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Signs people in through the real sign-in form and gives requests that carry their session. */
public final class Sessions {

    public static final String SESSION_COOKIE = "surgalt-session";
    public static final String CSRF_COOKIE = "surgalt-csrf";

    private Sessions() {
    }

    /** The first visit of a browser: the CSRF cookie the sign-in page sets. */
    public static String csrfToken() {
        String token = given().accept("text/html").when().get("/login").then().statusCode(200)
                .extract().cookie(CSRF_COOKIE);
        if (token == null) {
            throw new IllegalStateException("the sign-in page set no " + CSRF_COOKIE + " cookie");
        }
        return token;
    }

    /** Posts the sign-in form like a browser; the response is Quarkus' redirect. */
    public static Response postLogin(String csrf, String email, String password) {
        return given().redirects().follow(false)
                .cookie(CSRF_COOKIE, csrf)
                .contentType(ContentType.URLENC)
                .queryParam("_csrf", csrf)
                .formParams(Map.of("email", email, "password", password, "_csrf", csrf))
                .when().post("/j_security_check");
    }

    /** A signed-in browser: its session cookie and CSRF token. */
    public record Session(String session, String csrf) {
        /** A new request carrying them, as a browser sends them. */
        public RequestSpecification given() {
            return io.restassured.RestAssured.given().cookie(SESSION_COOKIE, session).cookie(CSRF_COOKIE, csrf)
                    .header("X-CSRF-Token", csrf);
        }

        /** A page's form as a browser posts it: the token in the action URL, no redirect followed. */
        public RequestSpecification form() {
            return given().redirects().follow(false).accept("text/html").queryParam("_csrf", csrf)
                    .contentType(ContentType.URLENC);
        }
    }

    public static Session as(PersonBuilder.TestPerson person) {
        return as(person.email(), person.password());
    }

    public static Session as(String email, String password) {
        String csrf = csrfToken();
        String session = postLogin(csrf, email, password).then().statusCode(302)
                .extract().cookie(SESSION_COOKIE);
        if (session == null) {
            throw new IllegalStateException("signing in " + email + " set no session cookie");
        }
        return new Session(session, csrf);
    }
}
