package org.surgalt.web.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void pagesCarryEveryHeader() {
        hasAllHeaders(given().accept("text/html").when().get("/").then().statusCode(200));
        hasAllHeaders(given().accept("text/html").when().get("/test-only/form").then().statusCode(200));
    }

    @Test
    void apiResponsesStaticFilesAndErrorsCarryThemToo() {
        hasAllHeaders(given().when().get("/api/courses").then());
        hasAllHeaders(given().accept("application/json").when().get("/q/openapi").then().statusCode(200));
        hasAllHeaders(given().when().get("/static/surgalt.css").then().statusCode(200));
        hasAllHeaders(given().accept("text/html").when().get("/no/such/page").then().statusCode(404));
        hasAllHeaders(given().accept("text/html").formParam("title", "x").when().post("/test-only/form")
                .then().statusCode(403));
        hasAllHeaders(given().when().get("/q/health/ready").then().statusCode(200));
    }

    private static void hasAllHeaders(ValidatableResponse response) {
        response.header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Permissions-Policy", equalTo("camera=(), microphone=(), geolocation=()"));
    }
}
