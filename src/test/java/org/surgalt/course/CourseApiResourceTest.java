package org.surgalt.course;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourseApiResourceTest {

    private static final String PROBLEM = "application/problem+json";

    // An author who is also a site admin, so that courses made by the builder are readable too.
    private static Sessions.Session api;

    @BeforeEach
    void signIn() {
        if (api == null) {
            api = Sessions.as(PersonBuilder.aPerson().withRole(Role.AUTHOR).withRole(Role.ADMIN).create());
        }
    }

    @Test
    void createsACourseThenAddsModulesAndItemsInOrder() {
        long courseId = api.given().contentType(ContentType.JSON)
                .body(Map.of("code", "api-intro-python", "language", "mn",
                        "title", Map.of("en", "Python for teachers", "mn", "Багш нарт зориулсан Python"),
                        "description", Map.of("mn", "Анхан шат")))
                .when().post("/api/courses")
                .then().statusCode(201)
                .header("Location", containsString("/api/courses/"))
                .body("code", equalTo("api-intro-python"))
                .body("title.mn", equalTo("Багш нарт зориулсан Python"))
                .body("description.en", nullValue())
                .body("modules", hasSize(0))
                .extract().jsonPath().getLong("id");

        long first = api.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "Basics")))
                .when().post("/api/courses/{id}/modules", courseId)
                .then().statusCode(201).body("position", equalTo(1)).extract().jsonPath().getLong("id");
        api.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("mn", "Гүнзгийрүүлсэн")))
                .when().post("/api/courses/{id}/modules", courseId)
                .then().statusCode(201).body("position", equalTo(2));

        api.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "page", "title", Map.of("en", "Variables"), "body", Map.of("en", "# Variables")))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, first)
                .then().statusCode(201).body("kind", equalTo("page")).body("position", equalTo(1))
                .body("body.en", equalTo("# Variables"));
        long linkId = api.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "link", "title", Map.of("en", "Docs"), "url", "https://docs.python.org/3/"))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, first)
                .then().statusCode(201).body("position", equalTo(2)).extract().jsonPath().getLong("id");

        api.given().when().get("/api/courses/{id}?version=draft", courseId)
                .then().statusCode(200)
                .body("modules.title.en", hasItems("Basics"))
                .body("modules[1].title.mn", equalTo("Гүнзгийрүүлсэн"))
                .body("modules[0].items.title.en", equalTo(java.util.List.of("Variables", "Docs")));
        api.given().when().get("/api/courses/{c}/modules?version=draft", courseId)
                .then().statusCode(200).body("position", equalTo(java.util.List.of(1, 2)));
        api.given().when().get("/api/courses/{c}/modules/{m}?version=draft", courseId, first)
                .then().statusCode(200).body("items", hasSize(2));
        api.given().when().get("/api/courses/{c}/modules/{m}/items?version=draft", courseId, first)
                .then().statusCode(200).body("kind", equalTo(java.util.List.of("page", "link")));
        api.given().when().get("/api/courses/{c}/modules/{m}/items/{i}?version=draft", courseId, first, linkId)
                .then().statusCode(200).body("url", equalTo("https://docs.python.org/3/"));
        // The catalogue lists published courses: this one once it has been reviewed and published.
        api.given().when().get("/api/courses").then().statusCode(200).body("code", not(hasItem("api-intro-python")));
        org.surgalt.testsupport.Publishing.publish(api, courseId);
        api.given().when().get("/api/courses")
                .then().statusCode(200).body("code", hasItem("api-intro-python"))
                .body("find { it.code == 'api-intro-python' }.moduleCount", equalTo(2));
    }

    @Test
    void locationHeaderPointsAtTheNewCourse() {
        String location = api.given().contentType(ContentType.JSON)
                .body(Map.of("code", "api-location", "language", "en", "title", Map.of("en", "Located")))
                .when().post("/api/courses")
                .then().statusCode(201).extract().header("Location");
        api.given().when().get(location + "?version=draft").then().statusCode(200).body("code", equalTo("api-location"));
    }

    @Test
    void unknownIdsAreProblemNotFound() {
        long courseId = aCourse().create().id();
        api.given().when().get("/api/courses/{id}", 987_654_321L)
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("detail", containsString("987654321")).body("instance", equalTo("/api/courses/987654321"));
        api.given().when().get("/api/courses/{c}/modules/{m}", courseId, 987_654_321L)
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("module"));
        api.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "x")))
                .when().post("/api/courses/{id}/modules", 987_654_321L)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void validationNamesEveryField() {
        api.given().contentType(ContentType.JSON)
                .body(Map.of("code", "Not A Code", "title", Map.of()))
                .when().post("/api/courses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItems("code", "language"))
                .body("errors.find { it.field == 'language' }.message", equalTo("must not be null"));
        api.given().contentType(ContentType.JSON)
                .body(Map.of("code", "api-no-title", "language", "en", "title", Map.of("en", " ")))
                .when().post("/api/courses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("English or Mongolian"));
        api.given().when().get("/api/courses").then().body("code", not(hasItem("api-no-title")));
    }

    @Test
    void itemRulesAreEnforced() {
        var course = aCourse().create();
        long moduleId = course.modules().get(0).id();
        api.given().contentType(ContentType.JSON).body(Map.of("kind", "lecture", "title", Map.of("en", "x")))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("page, file"));
        api.given().contentType(ContentType.JSON).body(Map.of("kind", "link", "title", Map.of("en", "x")))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        api.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "link", "title", Map.of("en", "x"), "url", "javascript:alert(1)"))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        api.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "page", "title", Map.of("en", "x".repeat(256))))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), moduleId)
                .then().statusCode(400).body("errors[0].field", equalTo("title.en"));
        api.given().when().get("/api/courses/{c}/modules/{m}/items?version=draft", course.id(), moduleId).then().body("$", hasSize(1));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        String code = aCourse().create().code();
        api.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "en", "title", Map.of("en", "Again")))
                .when().post("/api/courses")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString(code));
    }

    @Test
    void malformedJsonIsABadRequestWithItsPosition() {
        api.given().contentType(ContentType.JSON).body("{\"code\": \"x\",,}")
                .when().post("/api/courses")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", allOf(containsString("not valid JSON"), containsString("line 1")));
        api.given().contentType(ContentType.JSON).body(Map.of("code", "api-typed", "language", "en", "title", "plain"))
                .when().post("/api/courses")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("title"));
    }

    @Test
    void wrongMethodsAndMediaTypesAreProblems() {
        api.given().when().delete("/api/courses").then().statusCode(405).contentType(PROBLEM);
        // Past the CSRF check (same token in cookie and header), a text body is the wrong media type.
        api.given().contentType(ContentType.TEXT).cookie("surgalt-csrf", "t".repeat(43)).header("X-CSRF-Token", "t".repeat(43))
                .body("code=x").when().post("/api/courses")
                .then().statusCode(415).contentType(PROBLEM);
        api.given().when().get("/api/no-such-thing").then().statusCode(404).contentType(PROBLEM);
    }
}
