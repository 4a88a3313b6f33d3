package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.CourseBuilder.aCourse;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;

/** The course's forums page lets its staff create a forum on the whole course or on one of its modules. */
@QuarkusTest
class ModuleForumPageTest {

    @Test
    void staffCreateAModuleForumFromThePageAndAnotherCoursesModuleIsRefusedWithTheTitleKept() {
        DiscussionFixture f = new DiscussionFixture();
        long module = f.course.modules().get(0).id();
        f.staff.given().accept("text/html").get("/discussion/courses/{code}", f.course.code()).then().statusCode(200)
                .body(containsString("name=\"moduleId\"")).body(containsString("value=\"" + module + "\""));
        // Learners read the list; the form is not theirs.
        f.askerSession.given().accept("text/html").get("/discussion/courses/{code}", f.course.code()).then()
                .statusCode(200).body(not(containsString("name=\"moduleId\"")));

        String location = f.staff.form().formParam("title", "Module one talk").formParam("kind", "questions")
                .formParam("moduleId", Long.toString(module)).post("/discussion/courses/{code}", f.course.code())
                .then().statusCode(303).extract().header("Location");
        long forumId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        f.staff.given().get("/api/discussion/forums/{id}", forumId).then().statusCode(200)
                .body("forum.moduleId", org.hamcrest.Matchers.equalTo((int) module))
                .body("forum.kind", org.hamcrest.Matchers.equalTo("questions"));
        f.askerSession.given().accept("text/html").get("/discussion/courses/{code}", f.course.code()).then()
                .body(containsString("Module one talk"));

        Course other = aCourse().withModules(1).create();
        f.staff.form().formParam("title", "Kept title").formParam("kind", "general")
                .formParam("moduleId", Long.toString(other.modules().get(0).id()))
                .post("/discussion/courses/{code}", f.course.code()).then().statusCode(400)
                .body(containsString("value=\"Kept title\""));
        f.staff.form().formParam("title", "Kept again").formParam("moduleId", "not-a-number")
                .post("/discussion/courses/{code}", f.course.code()).then().statusCode(400)
                .body(containsString("value=\"Kept again\""));
        f.askerSession.form().formParam("title", "Mine").formParam("moduleId", Long.toString(module))
                .post("/discussion/courses/{code}", f.course.code()).then().statusCode(403);
        assertEquals(1L, f.staff.given().get("/api/discussion/courses/{id}/forums", f.course.id()).then().extract()
                .jsonPath().getList("findAll { it.moduleId != null }").size());
    }
}
