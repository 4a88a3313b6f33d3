package org.surgalt.assignment;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;

/**
 * A published course with one assignment item (complete once passed at 60 %), made over the real
 * API: its author, a learner enrolled in it, a grader of it.
 */
public final class AssignmentFixture {

    public final Course course;
    public final long moduleId;
    public final long itemId;
    public final TestPerson learnerPerson;
    public final Sessions.Session author;
    public final Sessions.Session learner;
    public final Sessions.Session grader;

    public AssignmentFixture() {
        course = aCourse().asDraft().create();
        moduleId = course.modules().get(0).id();
        author = Sessions.as(aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        itemId = json(author).body(Map.of("kind", "assignment", "title", Map.of("en", "Lesson plan"),
                "body", Map.of("en", "Write a **lesson plan** for one lesson.")))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        json(author).body(Map.of("version", 0, "title", Map.of("en", "Lesson plan"),
                "body", Map.of("en", "Write a **lesson plan** for one lesson."), "completion", "passed", "minScore", 60))
                .when().put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), moduleId, itemId)
                .then().statusCode(200);
        Publishing.publish(author, course.id());
        learnerPerson = aPerson().enrolledIn(course.code()).create();
        learner = Sessions.as(learnerPerson);
        grader = Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.id())).create());
    }

    public static RequestSpecification json(Sessions.Session session) {
        return session.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public String api() {
        return "/api/courses/" + course.id() + "/assignments/" + itemId;
    }

    public String grading() {
        return "/api/courses/" + course.id() + "/submissions";
    }

    /** The author's settings change, from the settings' current version. */
    public void settings(Map<String, Object> change) {
        long version = json(author).when().get(api()).then().statusCode(200).extract().jsonPath().getLong("version");
        java.util.HashMap<String, Object> body = new java.util.HashMap<>(change);
        body.put("version", version);
        json(author).body(body).when().put(api()).then().statusCode(200);
    }
}
