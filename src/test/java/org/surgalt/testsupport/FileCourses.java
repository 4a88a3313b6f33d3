package org.surgalt.testsupport;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import java.util.Map;
import org.surgalt.identity.Role;

/** Courses whose version carries an uploaded file, made over the real API (upload, item, review, publish). */
public final class FileCourses {

    private FileCourses() {
    }

    /** The course: its author, ids and code. */
    public record Source(Sessions.Session author, long courseId, String code, long moduleId, long pageId,
            long fileId) {
    }

    /** A course with a page and a file item ("lesson-plan.txt" with these bytes), published as version 1. */
    public static Source published(byte[] file) {
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String code = "bundle-" + System.nanoTime() % 1_000_000_000;
        long courseId = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "en", "title", Map.of("en", "Bundle " + code)))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long moduleId = author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "One")))
                .when().post("/api/courses/{c}/modules", courseId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long pageId = author.given().contentType(ContentType.JSON).body(Map.of("kind", "page",
                "title", Map.of("en", "Read me"), "body", Map.of("en", "Some *text*"))).when()
                .post("/api/courses/{c}/modules/{m}/items", courseId, moduleId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String upload = Uploads.upload(author, file, "lesson-plan.txt", "file");
        long fileId = author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "file", "title", Map.of("en", "Lesson plan"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, moduleId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Publishing.publish(author, courseId);
        return new Source(author, courseId, code, moduleId, pageId, fileId);
    }
}
