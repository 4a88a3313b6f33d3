package org.surgalt.authoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/** A lesson shows an uploaded image by its name; the image is served from the same version as the lesson. */
@QuarkusTest
class LessonFilesTest {

    @Test
    void anImageNamedInALessonResolvesToTheCoursesFile() throws Exception {
        Course course = aCourse().withPage("Diagram", null, "See ![the diagram](diagram.png) and [notes](missing.pdf).",
                null).create();
        long itemId = course.modules().get(0).items().get(1).id();
        Sessions.Session author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPNG.png"));
        String upload = Uploads.upload(author, png, "diagram.png", "image");
        author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("upload", upload).when().post("/author/courses/{code}/files", course.code())
                .then().statusCode(303);
        // The draft preview uses the draft's file; learners do not see it before it is published.
        author.given().accept("text/html").when().get("/author/courses/{code}/items/{i}", course.code(), itemId)
                .then().body(containsString("src=\"/courses/" + course.code() + "/files/diagram.png?version&#61;draft\""));
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());
        learner.given().when().get("/courses/{code}/files/diagram.png", course.code()).then().statusCode(404);

        Publishing.publish(author, course.id());
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(), itemId).then()
                .statusCode(200).body(allOf(containsString("<img src=\"/courses/" + course.code() + "/files/diagram.png\""),
                        containsString("href=\"missing.pdf\"")));
        learner.given().when().get("/courses/{code}/files/diagram.png", course.code()).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff");
        Sessions.as(aPerson().create()).given().when().get("/courses/{code}/files/diagram.png", course.code())
                .then().statusCode(403);
    }
}
