package org.surgalt.library;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.course.Item;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/**
 * Readers rate a resource (one rating each, changeable; the average shown) and comment on it (Markdown,
 * sanitised; the comment's author deletes it); a course's author copies it into a module of the
 * draft, the attribution kept, unless it is all rights reserved.
 */
@QuarkusTest
class LibraryFeedbackAndCopyTest {

    @Test
    void oneRatingPerPersonChangeableWithTheAverageShown() {
        long id = LibraryFixture.publish(LibraryFixture.teacher(), LibraryFixture.fields("Rated"));
        Sessions.Session first = LibraryFixture.teacher();
        Sessions.Session second = LibraryFixture.teacher();
        first.form().formParam("stars", "2").when().post("/library/" + id + "/rating").then().statusCode(303);
        first.form().formParam("stars", "4").when().post("/library/" + id + "/rating").then().statusCode(303);
        second.given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"stars\":5}")
                .when().put("/api/library/" + id + "/rating").then().statusCode(200)
                .body("ratings", equalTo(2)).body("averageRating", equalTo(4.5f));
        assertThat(page(first, id), allOf(containsString("4.5"), containsString("(2)")));
        first.form().formParam("stars", "6").when().post("/library/" + id + "/rating").then().statusCode(400);
        second.given().contentType(ContentType.JSON).accept(ContentType.JSON).body("{\"stars\":0}")
                .when().put("/api/library/" + id + "/rating").then().statusCode(400)
                .contentType(containsString("problem+json"));
    }

    @Test
    void commentsAreSanitisedMarkdownAndOnlyTheirAuthorDeletesThem() {
        long id = LibraryFixture.publish(LibraryFixture.teacher(), LibraryFixture.fields("Commented"));
        Sessions.Session writer = LibraryFixture.teacher();
        Sessions.Session other = LibraryFixture.teacher();
        writer.form().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("body", "**Сайн** <img src=x onerror=alert(1)>").when()
                .post("/library/" + id + "/comments").then().statusCode(303);
        String page = page(other, id);
        assertThat(page, allOf(containsString("<strong>Сайн</strong>"), not(containsString("onerror"))));
        long comment = other.given().accept(ContentType.JSON).when().get("/api/library/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("comments[0].id");
        other.form().when().post("/library/comments/" + comment + "/delete").then().statusCode(404);
        other.given().when().delete("/api/library/comments/" + comment).then().statusCode(404);
        // An empty comment comes back with the field error.
        other.form().formParam("body", " ").when().post("/library/" + id + "/comments").then().statusCode(400);
        writer.form().when().post("/library/comments/" + comment + "/delete").then().statusCode(303);
        assertThat(page(other, id), not(containsString("<strong>Сайн</strong>")));
    }

    @Test
    void anAuthorCopiesAResourceIntoTheirDraftWithTheAttributionButNotAnAllRightsReservedOne() {
        Course course = aCourse().withModules(1).withItemsPerModule(1).create();
        long moduleId = course.modules().get(0).id();
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        org.surgalt.testsupport.PersonBuilder.TestPerson publisher = aPerson().withName("Оюун Бат").create();
        Sessions.Session owner = Sessions.as(publisher);
        Map<String, Object> fields = LibraryFixture.fields("Тоон шулуун");
        long page = LibraryFixture.publish(owner, fields);

        // The page offers the course's module to its author, not to a plain teacher.
        assertThat(page(author, page), containsString("value=\"" + course.id() + ":" + moduleId + "\""));
        assertThat(page(LibraryFixture.teacher(), page), not(containsString("value=\"" + course.id() + ":")));
        LibraryFixture.teacher().form().formParam("target", course.id() + ":" + moduleId).when()
                .post("/library/" + page + "/copy").then().statusCode(403);

        String back = author.form().formParam("target", course.id() + ":" + moduleId).when()
                .post("/library/" + page + "/copy").then().statusCode(303).extract().header("Location");
        assertThat(author.given().accept("text/html").when().get(back).then().statusCode(200).extract().asString(),
                containsString("href=\"/author/courses/" + course.code() + "\""));
        Item copied = lastItem(course.id());
        assertEquals(org.surgalt.course.ItemKind.PAGE, copied.kind());
        assertThat(copied.body().mn(), allOf(containsString("Тоо тоолох дасгал."), containsString("Тоон шулуун"),
                containsString("Оюун Бат"), containsString("https://creativecommons.org/licenses/by/4.0/"),
                containsString("Surgalt-ын сангаас")));

        // A file resource: a file item carrying the same stored asset.
        fields = LibraryFixture.fields("Файл");
        fields.put("kind", "worksheet");
        fields.put("body", "");
        fields.put("language", "en");
        String location = LibraryFixture.post(owner, "/library", fields, "sheet.txt",
                "Worksheet one".getBytes(StandardCharsets.UTF_8)).then().statusCode(303).extract().header("Location");
        long file = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        LibraryFixture.inspect();
        author.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"courseId\":" + course.id() + ",\"moduleId\":" + moduleId + "}")
                .when().post("/api/library/" + file + "/copy").then().statusCode(201);
        Item fileItem = lastItem(course.id());
        assertEquals(org.surgalt.course.ItemKind.FILE, fileItem.kind());
        assertEquals("sheet.txt", fileItem.attachedFile().orElseThrow().filename());
        assertThat(fileItem.body().en(), allOf(containsString("by Оюун Бат"), containsString("from the Surgalt library")));

        // All rights reserved: linked, never copied; the page says so and offers no copy form.
        fields = LibraryFixture.fields("Reserved");
        fields.put("licence", "all_rights_reserved");
        long reserved = LibraryFixture.publish(owner, fields);
        String reservedPage = page(author, reserved);
        assertThat(reservedPage, allOf(containsString("хуулж болохгүй"), not(containsString("/copy?"))));
        author.form().formParam("target", course.id() + ":" + moduleId).when().post("/library/" + reserved + "/copy")
                .then().statusCode(409);
        author.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"courseId\":" + course.id() + ",\"moduleId\":" + moduleId + "}")
                .when().post("/api/library/" + reserved + "/copy").then().statusCode(409);
    }

    private static Item lastItem(long courseId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Course course = Arc.container().instance(CourseService.class).get().course(courseId);
            java.util.List<Item> items = course.modules().get(0).items();
            Item item = items.get(items.size() - 1);
            item.body().en();
            return item;
        });
    }

    private static String page(Sessions.Session who, long id) {
        return who.given().accept("text/html").when().get("/library/" + id).then().statusCode(200).extract()
                .asString();
    }
}
