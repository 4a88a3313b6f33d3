package org.surgalt.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthReportsTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void openApiDescribesTheCourseApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/courses"))
                .body("paths.'/api/courses/{courseId}/modules/{moduleId}/items'.post", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().when().get("/").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("http_server_requests_seconds_count"));
    }
}
