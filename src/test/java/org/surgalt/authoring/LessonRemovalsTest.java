package org.surgalt.authoring;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/**
 * An author who puts a script, an iframe, a form and an onclick into a lesson is told, on the
 * editor's page after saving and in the API's answer to the save, what showing it leaves out and
 * why, in their language; the lesson as shown has none of it.
 */
@QuarkusTest
class LessonRemovalsTest {

    private static final String LESSON = "# Төлөвлөгөө\n\n<script>steal()</script>\n\n"
            + "<iframe src=\"https://evil.example/\"></iframe>\n\n<form action=\"/x\"><input name=\"q\"></form>\n\n"
            + "<p onclick=\"steal()\">Дарна уу</p>";

    @Test
    void theAuthorIsToldOnThePageWhatWasRemovedAndWhy() {
        Course course = aCourse().withPage("Lesson", "Хичээл", "Plain", "Энгийн").create();
        long itemId = course.modules().get(0).items().get(1).id();
        Sessions.Session author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        String path = "/author/courses/" + course.code() + "/items/" + itemId;
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(author.given().accept("text/html").when().get(path).then().extract().asString());
        org.junit.jupiter.api.Assertions.assertTrue(version.find());
        author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", version.group(1)).formParam("titleMn", "Хичээл").formParam("bodyMn", LESSON)
                .formParam("completion", "viewed").when().post(path).then().statusCode(303);

        String html = author.given().accept("text/html").when().get(path + "?saved=true").then().statusCode(200)
                .extract().asString();
        String preview = html.substring(html.indexOf("class=\"preview\""), html.indexOf("comments-heading"));
        assertThat(preview, allOf(containsString("Хичээлийг харуулахад хасагдах зүйлс"),
                containsString("&lt;script&gt;: хичээл програм ажиллуулж болохгүй"),
                containsString("&lt;iframe&gt;: хичээлд өөр хуудас, залгаас суулгаж болохгүй"),
                containsString("&lt;form&gt;: хичээлд маягт байж болохгүй"),
                containsString("&lt;p&gt; дээрх onclick=:"), not(containsString("cannot run programs"))));
        String shown = preview.substring(preview.indexOf("<article"));
        assertThat(shown, allOf(containsString("Дарна уу"), not(containsString("<script")),
                not(containsString("steal")), not(containsString("<iframe")), not(containsString("<form")),
                not(containsString("<input")), not(containsString("onclick"))));
    }

    @Test
    void theApiSaysWhatWasRemovedInTheCallersLanguage() {
        Course course = aCourse().withPage("Lesson", null, "Plain", null).create();
        long moduleId = course.modules().get(0).id();
        long itemId = course.modules().get(0).items().get(1).id();
        Sessions.Session author = Sessions.as(aPerson().withLocale("en")
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        String item = "/api/courses/" + course.id() + "/modules/" + moduleId + "/items/" + itemId;
        long current = author.given().when().get(item + "?version=draft").then().statusCode(200).extract().jsonPath()
                .getLong("version");
        author.given().contentType(ContentType.JSON)
                .body(Map.of("version", current, "title", Map.of("en", "Lesson"), "body", Map.of("en", LESSON),
                        "completion", "viewed"))
                .when().put(item).then().statusCode(200)
                .body("removedWhenShown.element", hasItem("script"))
                .body("removedWhenShown.element", hasItem("iframe"))
                .body("removedWhenShown.element", hasItem("form"))
                .body("removedWhenShown.attribute", hasItem("onclick"))
                .body("removedWhenShown.message", hasItem("<script>: lessons cannot run programs; it is removed with"
                        + " its contents."))
                .body("removedWhenShown.language", not(hasItem("mn")));
    }
}
