package org.surgalt.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.IdentityService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** The language rule: the switch, else the person's stored language, else Accept-Language, else English. */
@QuarkusTest
class LanguageSwitchTest {

    @Inject
    IdentityService identity;

    @Test
    void theStoredLanguageWinsOverTheBrowsersAndTheSwitchStoresIt() {
        TestPerson person = aPerson().create();
        Sessions.Session session = Sessions.as(person);
        // Stored Mongolian, the browser asks for English: Mongolian.
        session.given().accept("text/html").header("Accept-Language", "en").when().get("/home").then()
                .statusCode(200).body(containsString("<html lang=\"mn\">"));
        // The switch: English now, and from now on for mails and certificates too.
        session.given().redirects().follow(false).when().get("/language/en?return=/home").then().statusCode(303)
                .header("Location", containsString("/home")).header("Set-Cookie", containsString("lang=en"));
        assertEquals(Locale.ENGLISH.getLanguage(), identity.findUser(person.id()).orElseThrow().locale().getLanguage());
        session.given().accept("text/html").header("Accept-Language", "mn").when().get("/home").then()
                .statusCode(200).body(containsString("<html lang=\"en\">"));
    }

    @Test
    void visitorsGetTheirBrowsersLanguageElseEnglish() {
        given().accept("text/html").header("Accept-Language", "mn-MN,mn;q=0.9,en;q=0.5").when().get("/login").then()
                .statusCode(200).body(containsString("<html lang=\"mn\">"));
        given().accept("text/html").header("Accept-Language", "de").when().get("/login").then()
                .statusCode(200).body(containsString("<html lang=\"en\">"));
        given().accept("text/html").cookie("lang", "mn").header("Accept-Language", "en").when().get("/login").then()
                .statusCode(200).body(containsString("<html lang=\"mn\">"));
    }
}
