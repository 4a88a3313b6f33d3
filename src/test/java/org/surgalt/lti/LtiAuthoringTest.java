package org.surgalt.lti;

import static org.hamcrest.Matchers.containsString;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** An author adds an LTI item to a module on the editor page: its target link is required. */
@QuarkusTest
class LtiAuthoringTest {

    @Test
    void anAuthorAddsAnLtiItemWithItsTargetLink() {
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String code = "lti-" + System.nanoTime() % 1_000_000;
        author.form().formParam("code", code).formParam("language", "en").formParam("titleEn", "Physics")
                .post("/author/courses").then().statusCode(303);
        author.form().formParam("titleEn", "Waves").post("/author/courses/" + code + "/modules").then().statusCode(303);
        String editor = author.given().accept("text/html").get("/author/courses/" + code).then().statusCode(200)
                .body(containsString("<option value=\"lti\">")).extract().asString();
        Matcher module = Pattern.compile("id=\"module-(\\d+)\"").matcher(editor);
        module.find();
        String items = "/author/courses/" + code + "/modules/" + module.group(1) + "/items";
        // Without its target link, the form comes back with the reason, in the author's language (Mongolian).
        author.form().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("kind", "lti").formParam("titleEn", "Simulation").formParam("url", "")
                .post(items).then().statusCode(400).body(containsString("LTI хэрэгсэлд заавал байна"));
        author.form().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("kind", "lti")
                .formParam("titleEn", "Simulation").formParam("url", "https://phet.example/sim?wave=1")
                .post(items).then().statusCode(303);
        author.given().accept("text/html").get("/author/courses/" + code).then()
                .statusCode(200).body(containsString("Simulation")).body(containsString("Гадны хэрэгсэл"));
    }
}
