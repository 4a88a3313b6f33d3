package org.surgalt.authoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Images;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * A Mongolian author whose upload is refused reads why in Mongolian, wherever it is shown: on the
 * item waiting for it, and when the refused upload is offered as a lesson file. The editor names
 * item kinds in Mongolian too, never by their ids ("file").
 */
@QuarkusTest
class UploadReasonsInMongolianTest {

    @Test
    void aRefusedUploadsReasonIsInTheAuthorsLanguage() {
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String code = "reasons-" + System.nanoTime() % 1_000_000;
        long courseId = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "mn", "title", Map.of("mn", "Шалтгаан")))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long moduleId = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("mn", "Нэг")))
                .when().post("/api/courses/{c}/modules", courseId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String itemPage = author.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("kind", "file")
                .formParam("titleMn", "Том зураг")
                .when().post("/author/courses/{code}/modules/{m}/items", code, moduleId).then().statusCode(303)
                .extract().header("Location");

        String huge = Uploads.upload(author, Images.png(30_000, 30_000), "huge.png", "file");
        author.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("upload", huge)
                .when().post(itemPage.replaceAll("^https?://[^/]+", "") + "/file").then().statusCode(303);
        String item = author.given().accept("text/html").when().get(itemPage).then().statusCode(200)
                .extract().asString();
        assertThat(item, allOf(containsString("Зураг 30000 × 30000 пиксел байна"), not(containsString("The image is")),
                not(containsString("pixels"))));

        // Offered as a lesson file, the refusal comes back as a form error, all of it in Mongolian.
        String html = Uploads.upload(author, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "notes.pdf", "file");
        String refused = author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("upload", html).when().post("/author/courses/{code}/files", code).then().statusCode(400)
                .extract().asString();
        assertThat(refused, allOf(containsString("татгалзсан: Файл нь үнэндээ text/html төрлийнх тул файл болгон"
                + " оруулах боломжгүй (зөвшөөрөгдсөн: PDF, Word (.docx)"), containsString("энгийн текст"),
                not(containsString("was refused")), not(containsString("is really")), not(containsString("plain text"))));

        // The course editor lists the item by its kind's Mongolian name.
        String editor = author.given().accept("text/html").when().get("/author/courses/{code}", code).then()
                .statusCode(200).extract().asString();
        // (The kind's icon comes first, then its name.)
        assertThat(editor, allOf(containsString("<span class=\"kind kind-file\">"), containsString("</svg>Файл</span>"),
                not(containsString("</svg>file<")), not(containsString("kind-file\">file<"))));
        assertThat(item, allOf(containsString("</svg>Файл</span></p>"), not(containsString(">file<"))));
    }
}
