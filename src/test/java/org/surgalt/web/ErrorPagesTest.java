package org.surgalt.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErrorPagesTest {

    @Test
    void browsersGetAnHtmlPageInTheirLanguage() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/courses/no-such-course")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(allOf(containsString("Error 404"), containsString("There is no such page."),
                        containsString("href=\"/\"")));
        given().accept("text/html").header("Accept-Language", "mn").when().get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html"))
                .body(allOf(containsString("Алдаа 404"), containsString("Ийм хуудас байхгүй.")));
    }

    @Test
    void apiClientsGetProblemJsonEvenForUnknownRoutes() {
        given().accept("*/*").when().get("/courses/no-such-course")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        // A JSON client asking for an HTML page is told so, in JSON.
        given().accept("application/json").when().get("/courses/no-such-course")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void errorsAreInTheReadersLanguage() {
        // English for whoever does not ask for Mongolian, field names as sent.
        given().accept("*/*").when().get("/courses/no-such-course")
                .then().statusCode(404).body("title", equalTo("Not Found"))
                .body("detail", equalTo("There is no course no-such-course."));
        given().accept("*/*").header("Accept-Language", "mn").when().get("/courses/no-such-course")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Олдсонгүй"))
                .body("detail", equalTo("Сургалт no-such-course олдсонгүй."));
        // The language switch's cookie wins over Accept-Language, on the HTML page too.
        given().accept("text/html").header("Accept-Language", "en").cookie("lang", "mn")
                .when().get("/courses/no-such-course").then().statusCode(404)
                .body(containsString("Сургалт no-such-course олдсонгүй."));
    }

    @Test
    void aServerErrorShowsOnlyAnErrorId() throws Exception {
        String errorId = given().accept("application/json").when().get("/test-only/fail")
                .then().statusCode(500).contentType("application/problem+json")
                .body("errorId", matchesPattern("[0-9a-f-]{13}"))
                .body(not(containsString("secret-internals")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("org.surgalt")))
                .extract().jsonPath().getString("errorId");
        assertTrue(waitForLog(errorId), "the error id " + errorId + " is in the log with the stack trace");
        given().accept("text/html").when().get("/test-only/fail")
                .then().statusCode(500).contentType(containsString("text/html"))
                .body(allOf(containsString("error number"), not(containsString("secret-internals")),
                        not(containsString("Exception"))));
    }

    private static boolean waitForLog(String errorId) throws Exception {
        Path log = Path.of("target", "quarkus-test.log");
        for (int i = 0; i < 50; i++) {
            if (Files.exists(log) && Files.readString(log).contains("Error " + errorId)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
