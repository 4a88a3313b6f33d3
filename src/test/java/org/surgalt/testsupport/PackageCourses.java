package org.surgalt.testsupport;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;

/** A published course whose first module has a package item made from a real package of the test corpus. */
public final class PackageCourses {

    public static final Path SCORM = Path.of("src/test/resources/packages/scorm");

    private PackageCourses() {
    }

    public record PackageCourse(Course course, long moduleId, long itemId, Sessions.Session author) {
        public String code() {
            return course.code();
        }
    }

    /**
     * {@code completion}: the item's rule (viewed, completed, passed, completed_passed);
     * {@code minScore}: the author's mastery score, or null.
     */
    public static PackageCourse publishedWith(String corpusFile, String completion, Integer minScore)
            throws IOException {
        Course course = aCourse().withModules(1).withItemsPerModule(1).asDraft().create();
        long module = course.modules().get(0).id();
        PersonBuilder.TestPerson author = aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create();
        Sessions.Session session = Sessions.as(author);
        byte[] zip = Files.readAllBytes(SCORM.resolve(corpusFile));
        String upload = Uploads.upload(session, zip, Path.of(corpusFile).getFileName().toString(), "package");
        long item = session.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "package", "title", Map.of("en", "Golf"), "upload", upload))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), module)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> edit = new HashMap<>(Map.of("version", 0, "title", Map.of("en", "Golf"),
                "completion", completion));
        if (minScore != null) {
            edit.put("minScore", minScore);
        }
        session.given().contentType(ContentType.JSON).body(edit)
                .when().put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), module, item)
                .then().log().ifValidationFails().statusCode(200);
        Publishing.publish(session, course.id());
        return new PackageCourse(course, module, item, session);
    }
}
