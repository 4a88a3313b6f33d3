package org.surgalt.course;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CourseResourceTest {

    @Test
    void catalogueListsCoursesInTheVisitorsLanguage() {
        aCourse().withCode("page-catalogue").withTitle("Digital literacy", "Дижитал бичиг үсэг").create();
        given().accept("text/html").when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("Digital literacy"),
                        containsString("href=\"/courses/page-catalogue\""), containsString("1 module")));
        given().accept("text/html").header("Accept-Language", "mn-MN,mn;q=0.9,en;q=0.5").when().get("/")
                .then().statusCode(200)
                .body(allOf(containsString("<html lang=\"mn\">"), containsString("Дижитал бичиг үсэг"),
                        containsString("Сургалтууд")));
    }

    @Test
    void outlineShowsModulesAndItemsInOrder() {
        aCourse().withCode("page-outline").withModules(2).withItemsPerModule(2).create();
        String html = given().accept("text/html").when().get("/courses/page-outline")
                .then().statusCode(200).extract().asString();
        int module1 = html.indexOf("Module 1");
        int page12 = html.indexOf("Page 1.2");
        int module2 = html.indexOf("Module 2");
        int page21 = html.indexOf("Page 2.1");
        org.junit.jupiter.api.Assertions.assertTrue(module1 > 0 && module1 < page12 && page12 < module2 && module2 < page21,
                "modules and items in order");
    }

    @Test
    void lessonMarkdownIsRenderedAndCannotRunScript() {
        var course = aCourse().withCode("page-lesson")
                .withPage("Safe lesson", null,
                        "## Heading\n\n*emphasis* <script>alert('x')</script> [click](javascript:alert(1))"
                                + " <img src=x onerror=alert(1)>",
                        null)
                .create();
        long itemId = course.modules().get(0).items().get(1).id();
        var learner = Sessions.as(aPerson().enrolledIn("page-lesson").create());
        learner.given().accept("text/html").when().get("/courses/page-lesson/items/{id}", itemId)
                .then().statusCode(200)
                .body(allOf(containsString("<h2>Heading</h2>"), containsString("<em>emphasis</em>"),
                        not(containsString("<script")), not(containsString("onerror")),
                        not(containsString("href=\"javascript:")), not(containsString("<img src=x"))));
    }

    @Test
    void anItemOfAnotherCourseIsNotFound() {
        var other = aCourse().create();
        aCourse().withCode("page-mine").create();
        long otherItem = other.modules().get(0).items().get(0).id();
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().accept("text/html").when().get("/courses/page-mine/items/{id}", otherItem)
                .then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void languageSwitchRemembersTheChoiceAndReturnsToThePage() {
        var response = given().redirects().follow(false).when().get("/language/mn?return=/courses/x")
                .then().statusCode(303)
                .header("Location", containsString("/courses/x")).extract();
        org.hamcrest.MatcherAssert.assertThat(response.headers().getValues("Set-Cookie"),
                org.hamcrest.Matchers.hasItem(allOf(containsString("lang=mn"), containsString("HttpOnly"),
                        containsString("SameSite=Lax"))));
        given().redirects().follow(false).when().get("/language/en?return=//evil.example/")
                .then().statusCode(303).header("Location", not(containsString("evil")));
        given().accept("text/html").cookie("lang", "mn").header("Accept-Language", "en").when().get("/")
                .then().body(containsString("<html lang=\"mn\">"));
    }

    @Test
    void itemsAreForPeopleEnrolledInTheCourse() {
        var course = aCourse().withCode("page-enrolled-only").create();
        long itemId = course.modules().get(0).items().get(0).id();
        given().accept("text/html").redirects().follow(false).when().get("/courses/page-enrolled-only/items/{id}", itemId)
                .then().statusCode(303).header("Location", containsString("/login?return="));
        Sessions.as(aPerson().create()).given().accept("text/html").when()
                .get("/courses/page-enrolled-only/items/{id}", itemId)
                .then().statusCode(403);
        Sessions.as(aPerson().enrolledIn("page-enrolled-only").create()).given().accept("text/html").when()
                .get("/courses/page-enrolled-only/items/{id}", itemId)
                .then().statusCode(200).body(containsString("Page 1.1"));
    }
}
