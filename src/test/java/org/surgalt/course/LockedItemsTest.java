package org.surgalt.course;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;
import org.surgalt.testsupport.Uploads;

/**
 * A module locked behind its prerequisite keeps its content from the learner on every route that
 * serves an item (ItemAccess), not only on the item page; it opens once the prerequisite is
 * complete, and the course's staff read it all along.
 */
@QuarkusTest
class LockedItemsTest {

    private static final String SECRET = "The answer hidden in module two";

    private Course course;
    private long firstModule;
    private long secondModule;
    private long firstPage;
    private long page;
    private long file;
    private long assignment;
    private long quiz;
    private Session author;

    @BeforeEach
    void aCourseWhoseSecondModuleOpensAfterTheFirst() throws Exception {
        course = aCourse().withModules(2).withItemsPerModule(1).asDraft().create();
        firstModule = course.modules().get(0).id();
        secondModule = course.modules().get(1).id();
        firstPage = course.modules().get(0).items().get(0).id();
        author = Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        author.given().contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("en", "Module 2"), "prerequisite", firstModule))
                .when().put("/api/courses/{c}/modules/{m}", course.id(), secondModule).then().statusCode(200);
        String png = Uploads.upload(author,
                Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPNG.png")), "locked.png", "image");
        author.given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("upload", png).when().post("/author/courses/{code}/files", course.code())
                .then().statusCode(303);
        page = addItem(Map.of("kind", "page", "title", Map.of("en", "Secret page"),
                "body", Map.of("en", SECRET + ": ![diagram](locked.png)")));
        String pdf = Uploads.upload(author,
                Files.readAllBytes(Path.of("src/test/resources/upload-torture/tika/testPDF.pdf")), "handout.pdf", "file");
        file = addItem(Map.of("kind", "file", "title", Map.of("en", "Handout"), "upload", pdf));
        assignment = addItem(Map.of("kind", "assignment", "title", Map.of("en", "Essay"),
                "body", Map.of("en", SECRET + " (the essay question)")));
        quiz = addItem(Map.of("kind", "quiz", "title", Map.of("en", "Check")));
        Publishing.publish(author, course.id());
    }

    @Test
    void aLearnerGetsNoContentOfALockedModuleUntilThePrerequisiteIsComplete() {
        Session learner = Sessions.as(aPerson().enrolledIn(course.code()).create());

        // The module's items are listed, marked locked, without what they say.
        learner.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/modules/{m}/items", course.id(), secondModule).then().statusCode(200)
                .body("locked", everyItem(equalTo(true))).body("body", everyItem(nullValue()))
                .body("file", everyItem(nullValue())).body(not(containsString(SECRET)));
        learner.given().accept(ContentType.JSON).header("Accept-Language", "en").when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", course.id(), secondModule, page).then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("opens when you have completed")).body(not(containsString(SECRET)));
        learner.given().accept(ContentType.JSON).header("Accept-Language", "mn").when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", course.id(), secondModule, page).then()
                .statusCode(403).body("detail", containsString("дуусгасны дараа энэ модуль нээгдэнэ"));
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(), page).then()
                .statusCode(403).body(not(containsString(SECRET)));
        learner.given().when().get("/courses/{code}/items/{i}/file", course.code(), file).then().statusCode(403);
        learner.given().when().get("/courses/{code}/files/locked.png", course.code()).then().statusCode(403);
        learner.given().accept("text/html").when().get("/courses/{code}/assignments/{i}", course.code(), assignment)
                .then().statusCode(403).body(not(containsString(SECRET)));
        learner.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/assignments/{i}", course.id(), assignment).then().statusCode(403);
        learner.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/assignments/{i}/submission", course.id(), assignment).then().statusCode(403);
        learner.given().accept("text/html").when().get("/courses/{code}/quizzes/{i}", course.code(), quiz).then()
                .statusCode(403);
        learner.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/quizzes/{i}/attempts", course.id(), quiz).then().statusCode(403);
        learner.given().accept(ContentType.JSON).contentType(ContentType.JSON).body("{}").when()
                .post("/api/courses/{c}/quizzes/{i}/attempts", course.id(), quiz).then().statusCode(403);
        // The first module is open all along.
        learner.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/modules/{m}/items", course.id(), firstModule).then().statusCode(200)
                .body("[0].locked", equalTo(false)).body("[0].body.en", equalTo("Text of page 1.1"));

        // Opening the first module's only page completes it, which opens the second.
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(), firstPage).then()
                .statusCode(200);
        readsEverything(learner);
    }

    @Test
    void theCoursesStaffAreNotHeldBack() {
        readsEverything(Sessions.as(aPerson().withGrant(Grant.course(Role.GRADER, course.id())).create()));
        // Staff enrolled to try the course are not held back either.
        readsEverything(Sessions.as(aPerson().withGrant(Grant.course(Role.REVIEWER, course.id()))
                .enrolledIn(course.code()).create()));
        readsEverything(author);
    }

    private void readsEverything(Session person) {
        person.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/modules/{m}/items", course.id(), secondModule).then().statusCode(200)
                .body("locked", everyItem(equalTo(false))).body(containsString(SECRET))
                .body("find { it.id == " + file + " }.file.filename", equalTo("handout.pdf"));
        person.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", course.id(), secondModule, page).then().statusCode(200)
                .body("body.en", containsString(SECRET));
        person.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(), page).then()
                .statusCode(200).body(containsString(SECRET));
        person.given().when().get("/courses/{code}/items/{i}/file", course.code(), file).then().statusCode(200)
                .contentType("application/pdf");
        person.given().when().get("/courses/{code}/files/locked.png", course.code()).then().statusCode(200)
                .contentType("image/png");
        person.given().accept("text/html").when().get("/courses/{code}/assignments/{i}", course.code(), assignment)
                .then().statusCode(200).body(containsString(SECRET));
        person.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/assignments/{i}", course.id(), assignment).then().statusCode(200);
        person.given().accept("text/html").when().get("/courses/{code}/quizzes/{i}", course.code(), quiz).then()
                .statusCode(200).body(containsString("Check"));
        person.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/quizzes/{i}/attempts", course.id(), quiz).then().statusCode(200);
    }

    private long addItem(Map<String, Object> item) {
        return author.given().contentType(ContentType.JSON).accept(ContentType.JSON).body(item)
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), secondModule).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
