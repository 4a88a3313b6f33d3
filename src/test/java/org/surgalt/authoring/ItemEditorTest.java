package org.surgalt.authoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** The authoring pages: editing an item, two authors at once, Markdown preview, course creation. */
@QuarkusTest
class ItemEditorTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private static String version(String html) {
        Matcher matcher = VERSION.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no version field in the form");
        }
        return matcher.group(1);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsWhatItsAuthorTyped() {
        Course course = aCourse().withPage("Lesson", "Хичээл", "Original text", "Анхны текст").create();
        long itemId = course.modules().get(0).items().get(1).id();
        Sessions.Session first = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        Sessions.Session second = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        String path = "/author/courses/" + course.code() + "/items/" + itemId;
        String firstVersion = version(first.given().accept("text/html").when().get(path).then().statusCode(200)
                .extract().asString());
        String secondVersion = version(second.given().accept("text/html").when().get(path).then().statusCode(200)
                .extract().asString());

        first.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", firstVersion).formParam("titleMn", "Эхний зохиогчийн гарчиг")
                .formParam("titleEn", "First author's title").formParam("bodyEn", "First author's text")
                .formParam("completion", "viewed")
                .when().post(path).then().statusCode(303);
        second.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", secondVersion).formParam("titleMn", "Хоёр дахь зохиогчийн гарчиг")
                .formParam("titleEn", "Second author's title").formParam("bodyEn", "Second author's careful text")
                .formParam("completion", "viewed")
                .when().post(path).then().statusCode(409)
                .body(allOf(containsString("class=\"errors conflict\""),
                        // Their own text is back in the form, the other author's shown beside it.
                        containsString(">Second author&#39;s careful text</textarea>"),
                        containsString("First author&#39;s text")));
        second.given().when().get("/api/courses/{c}/modules/{m}/items/{i}?version=draft", course.id(),
                course.modules().get(0).id(), itemId).then().statusCode(200)
                .body("title.en", equalTo("First author's title"));
    }

    @Test
    void theEditorPreviewsSanitisedMarkdownAndRefusesBadInputKeepingIt() {
        Course course = aCourse().withPage("Lesson", null, "Plain", null).create();
        long itemId = course.modules().get(0).items().get(1).id();
        Sessions.Session author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        String path = "/author/courses/" + course.code() + "/items/" + itemId;
        String version = version(author.given().accept("text/html").when().get(path).then().extract().asString());
        author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", version).formParam("titleEn", "Lesson")
                .formParam("bodyEn", "Kept text").formParam("completion", "passed").formParam("minScore", "abc")
                .when().post(path).then().statusCode(400)
                .body(allOf(containsString("minScore"), containsString(">Kept text</textarea>")));
        author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", version).formParam("titleEn", "Lesson")
                .formParam("bodyEn", "# Title\n\n<details><summary>More</summary>hidden</details>"
                        + "<script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>")
                .formParam("completion", "viewed")
                .when().post(path).then().statusCode(303);
        String html = author.given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
        // The preview, not the textarea (which shows the source, escaped).
        String preview = html.substring(html.indexOf("class=\"preview\""), html.indexOf("comments-heading"));
        org.hamcrest.MatcherAssert.assertThat(preview, allOf(containsString("<h1>Title</h1>"),
                containsString("<details><summary>More</summary>"), not(containsString("<script")),
                not(containsString("alert")), not(containsString("onclick")), not(containsString("javascript"))));
    }

    @Test
    void anAuthorCreatesACourseFromThePageAndBadInputIsShownBack() {
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("code", "Not A Code").formParam("language", "mn").formParam("titleMn", "Шинэ сургалт")
                .when().post("/author/courses").then().statusCode(400)
                .body(allOf(containsString("code"), containsString("value=\"Шинэ сургалт\"")));
        String code = "page-made-" + System.nanoTime() % 1_000_000;
        author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("code", code).formParam("language", "mn").formParam("titleMn", "Шинэ сургалт")
                .when().post("/author/courses").then().statusCode(303)
                .header("Location", containsString("/author/courses/" + code));
        author.given().accept("text/html").when().get("/author").then().statusCode(200)
                .body(containsString("/author/courses/" + code));
        author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("titleMn", "Эхний модуль")
                .when().post("/author/courses/{code}/modules", code).then().statusCode(303);
        String editor = author.given().accept("text/html").when().get("/author/courses/{code}", code)
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(editor.contains("Эхний модуль"), editor);
        // The course is not in the catalogue until it is published.
        author.given().accept("text/html").when().get("/").then().body(not(containsString(code)));
    }
}
