package org.surgalt.library;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;

/**
 * A teacher publishes to the shared library through the plain form (a Markdown text or a file,
 * no JavaScript) or the API; others find it by words in Mongolian or English, in any case, and by
 * its filters; its author changes and withdraws it, nobody else does.
 */
@QuarkusTest
class LibraryPublishingTest {

    @Test
    void aMarkdownResourceIsPublishedAndFoundByItsWordsInAnyCaseAndByItsFilters() {
        Sessions.Session author = LibraryFixture.teacher();
        String word = "Бутархай" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        Map<String, Object> fields = LibraryFixture.fields(word + " тоо");
        fields.put("body", "# Хичээл\n\n<script>alert(1)</script>\n\n**Fractions** " + word);
        long id = LibraryFixture.publish(author, fields);

        Sessions.Session reader = LibraryFixture.teacher();
        String page = reader.given().accept("text/html").when().get("/library/" + id).then().statusCode(200)
                .extract().asString();
        assertThat(page, allOf(containsString("<strong>Fractions</strong>"), not(containsString("<script>alert")),
                containsString("href=\"https://creativecommons.org/licenses/by/4.0/\""),
                containsString("href=\"/library\"")));
        // Mongolian Cyrillic in another case, a prefix of the word; and with filters that match and that do not.
        String lower = word.toLowerCase(java.util.Locale.ROOT).substring(0, word.length() - 2);
        assertThat(list(reader, "q=" + lower.toUpperCase(java.util.Locale.ROOT)), containsString("/library/" + id + "\""));
        assertThat(list(reader, "q=" + lower + "&kind=lesson_plan&subject=mathematics&grade=6&language=mn&aimag=Ховд"
                + "&licence=cc_by"), containsString("/library/" + id + "\""));
        assertThat(list(reader, "q=" + lower + "&grade=7"), not(containsString("/library/" + id + "\"")));
        assertThat(list(reader, "q=" + lower + "&language=en"), not(containsString("/library/" + id + "\"")));
        // English words in the body, and the JSON list.
        reader.given().accept(ContentType.JSON).queryParam("q", "FRACTIONS " + word.substring(0, 5))
                .when().get("/api/library").then().statusCode(200)
                .body("resources.find { it.id == " + id + " }.licenceUrl",
                        equalTo("https://creativecommons.org/licenses/by/4.0/"))
                .body("resources.find { it.id == " + id + " }.grades", equalTo(List.of(5, 6)));
        // The site search offers the same words to the library.
        assertThat(reader.given().accept("text/html").queryParam("q", lower).when().get("/search").then()
                .extract().asString(), containsString("action=\"/library\""));
        // Anonymous readers are sent to sign in.
        io.restassured.RestAssured.given().redirects().follow(false).accept("text/html").when().get("/library")
                .then().statusCode(303);
    }

    @Test
    void badInputComesBackWithFieldErrorsInTheReadersLanguageAndNothingTypedLost() {
        Sessions.Session author = Sessions.as(org.surgalt.testsupport.PersonBuilder.aPerson().withLocale("mn").create());
        Map<String, Object> fields = LibraryFixture.fields("Миний төлөвлөгөө");
        fields.remove("grades");
        String page = LibraryFixture.post(author, "/library", fields, null, null).then().statusCode(400).extract()
                .asString();
        assertThat(page, allOf(containsString("value=\"Миний төлөвлөгөө\""), containsString("Тоо тоолох дасгал."),
                not(containsString("choose at least one grade level"))));
        fields = LibraryFixture.fields("Both");
        String both = LibraryFixture.post(author, "/library", fields, "plan.txt",
                "plain text".getBytes(StandardCharsets.UTF_8)).then().statusCode(400).extract().asString();
        assertThat(both, containsString("value=\"Both\""));

        author.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"title\":\"\",\"description\":\"d\",\"kind\":\"page\",\"subject\":\"ict\",\"grades\":[1],"
                        + "\"language\":\"en\",\"body\":\"x\"}")
                .when().post("/api/library").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("title"));
        author.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"title\":\"T\",\"description\":\"d\",\"kind\":\"page\",\"subject\":\"ict\",\"grades\":[13],"
                        + "\"language\":\"en\",\"body\":\"x\"}")
                .when().post("/api/library").then().statusCode(400).body("errors[0].field", equalTo("grades"));
        author.given().accept("text/html").queryParam("kind", "novel").when().get("/library").then().statusCode(400);
    }

    @Test
    void aFileSentWithoutJavaScriptIsInspectedAndOnlyEverDownloadedAsAnAttachment() {
        Sessions.Session author = LibraryFixture.teacher();
        Map<String, Object> fields = LibraryFixture.fields("Worksheet file");
        fields.put("kind", "worksheet");
        fields.put("body", "");
        String location = LibraryFixture.post(author, "/library", fields, "sheet.txt",
                "Дасгал 1. 2 + 2 = ?".getBytes(StandardCharsets.UTF_8)).then().statusCode(303).extract()
                .header("Location").replaceFirst("^https?://[^/]+", "");
        // Not listed for others until inspection has accepted the file; then listed without anyone opening it.
        Sessions.Session reader = LibraryFixture.teacher();
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(list(reader, "q=Worksheet"), not(containsString("/library/" + id + "\"")));
        LibraryFixture.inspect();
        assertThat(list(reader, "q=Worksheet"), containsString("/library/" + id + "\""));
        assertThat(reader.given().accept("text/html").when().get(location).then().statusCode(200).extract().asString(),
                containsString("href=\"" + location + "/file\""));
        reader.given().when().get(location + "/file").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"))
                .header("Content-Type", startsWith("application/octet-stream"))
                .body(equalTo("Дасгал 1. 2 + 2 = ?"));

        // A Markdown page is a text, not a file.
        fields.put("kind", "page");
        LibraryFixture.post(author, "/library", fields, "sheet.txt", "x".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400);
    }

    @Test
    void onlyItsAuthorChangesAndWithdrawsAResource() {
        Sessions.Session author = LibraryFixture.teacher();
        long id = LibraryFixture.publish(author, LibraryFixture.fields("Before"));
        Sessions.Session other = LibraryFixture.teacher();
        other.given().accept("text/html").when().get("/library/" + id + "/edit").then().statusCode(403);
        LibraryFixture.post(other, "/library/" + id + "/edit", LibraryFixture.fields("Taken"), null, null)
                .then().statusCode(403);
        other.given().when().delete("/api/library/" + id).then().statusCode(403);

        Map<String, Object> fields = LibraryFixture.fields("After");
        fields.put("licence", "cc_by_sa");
        fields.put("body", "New text");
        LibraryFixture.post(author, "/library/" + id + "/edit", fields, null, null).then().statusCode(303);
        other.given().accept(ContentType.JSON).when().get("/api/library/" + id).then().statusCode(200)
                .body("resource.title", equalTo("After")).body("resource.licence", equalTo("cc_by_sa"))
                .body("resource.body", equalTo("New text"));

        author.form().when().post("/library/" + id + "/withdraw").then().statusCode(303);
        other.given().accept(ContentType.JSON).when().get("/api/library/" + id).then().statusCode(404);
        assertEquals(404, author.given().accept("text/html").when().get("/library/" + id).statusCode());
    }

    private static String list(Sessions.Session who, String query) {
        RequestSpecification request = who.given().accept("text/html");
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request.queryParam(parts[0], parts[1]);
        }
        return request.when().get("/library").then().statusCode(200).extract().asString();
    }

    @Test
    void theApiPublishesATusUploadOfTheCallersOwnAndRefusesAnotherPersonsOrARefusedOne() {
        Sessions.Session author = LibraryFixture.teacher();
        String upload = org.surgalt.testsupport.Uploads.upload(author, "Slides as text".getBytes(StandardCharsets.UTF_8),
                "slides.txt", "file");
        String body = "{\"title\":\"Slides\",\"description\":\"d\",\"kind\":\"slide_deck\",\"subject\":\"ict\","
                + "\"grades\":[9],\"language\":\"en\",\"upload\":\"%s\"}";
        // Someone else's upload does not exist for the caller.
        LibraryFixture.teacher().given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(String.format(body, upload)).when().post("/api/library").then().statusCode(404);
        int id = author.given().contentType(ContentType.JSON).accept(ContentType.JSON).body(String.format(body, upload))
                .when().post("/api/library").then().statusCode(201).body("fileState", equalTo("ready"))
                .body("licence", equalTo("cc_by")).extract().path("id");
        LibraryFixture.teacher().given().when().get("/library/" + id + "/file").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment"));

        // Refused by inspection (HTML, whatever its name says): refused with the reason, nothing published.
        String refused = org.surgalt.testsupport.Uploads.upload(author,
                "<!DOCTYPE html><html><body><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "slides.pdf",
                "file");
        author.given().contentType(ContentType.JSON).accept(ContentType.JSON).body(String.format(body, refused))
                .when().post("/api/library").then().statusCode(400).body("errors[0].field", equalTo("upload"));
    }
}
