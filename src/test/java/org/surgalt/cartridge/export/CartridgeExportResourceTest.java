package org.surgalt.cartridge.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/**
 * Who gets a cartridge and what a refused request reads: the link beside each published version on
 * the authoring page for the course's authors only (its reviewers do not see it and are refused),
 * and a version that is not published, an unknown course or a version that is not a number answered
 * as problem+json for API clients and an error page for browsers, in the reader's language.
 */
@QuarkusTest
class CartridgeExportResourceTest {

    @Test
    void theAuthoringPageOffersTheExportToAuthorsAndNotToReviewers() {
        Course course = aCourse().create();
        String href = "/author/courses/" + course.code() + "/versions/1/cartridge.imscc";
        Sessions.as(aPerson().withLocale("en").withGrant(Grant.course(Role.AUTHOR, course.id())).create()).given()
                .when().get("/author/courses/{code}", course.code()).then().statusCode(200)
                .body(containsString("<a href=\"" + href + "\" download>Export as Common Cartridge (.imscc)</a>"))
                .body(containsString("Numeric quiz questions are left out"));
        Sessions.Session reviewer = Sessions.as(aPerson().withLocale("en")
                .withGrant(Grant.course(Role.REVIEWER, course.id())).create());
        reviewer.given().when().get("/author/courses/{code}", course.code()).then().statusCode(200)
                .body(not(containsString("cartridge.imscc"))).body(not(containsString("Numeric quiz questions")));
        reviewer.given().when().get(href).then().statusCode(403);
    }

    @Test
    void theLinkReadsInMongolianForAMongolianAuthor() {
        Course course = aCourse().create();
        Sessions.as(aPerson().withLocale("mn").withGrant(Grant.course(Role.AUTHOR, course.id())).create()).given()
                .when().get("/author/courses/{code}", course.code()).then().statusCode(200)
                .body(containsString("download>Common Cartridge болгон экспортлох (.imscc)</a>"));
    }

    @Test
    void aVersionThatIsNotPublishedIsNotFoundAndNothingIsSent() {
        Course draft = aCourse().asDraft().create();
        Sessions.Session author = Sessions.as(aPerson().withLocale("en")
                .withGrant(Grant.course(Role.AUTHOR, draft.id())).create());
        author.given().accept("application/json").when()
                .get("/api/courses/{id}/versions/1/cartridge.imscc", draft.id()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        author.given().accept("text/html").when()
                .get("/author/courses/{code}/versions/1/cartridge.imscc", draft.code()).then().statusCode(404)
                .contentType(containsString("text/html"));
        Course published = aCourse().create();
        Sessions.as(aPerson().withGrant(Grant.course(Role.AUTHOR, published.id())).create()).given()
                .accept("application/json").when().get("/api/courses/{id}/versions/2/cartridge.imscc", published.id())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownCourseIsNotFound() {
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().accept("application/json").when()
                .get("/api/courses/999999999/versions/1/cartridge.imscc").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aVersionThatIsNoNumberIsRefusedInTheReadersLanguage() {
        Course course = aCourse().create();
        Sessions.Session author = Sessions.as(aPerson().withLocale("mn")
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        author.given().accept("application/json").header("Accept-Language", "mn").when()
                .get("/api/courses/{id}/versions/latest/cartridge.imscc", course.id()).then().statusCode(400)
                .contentType("application/problem+json")
                .body(containsString("нийтлэгдсэн хувилбарын дугаар байна"));
        author.given().accept("text/html").when()
                .get("/author/courses/{code}/versions/latest/cartridge.imscc", course.code()).then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("нийтлэгдсэн хувилбарын дугаар байна"));
    }

    @Test
    void anAdminExportsAnyCourseAndTheFileIsAZipNamedAfterIt() {
        Course course = aCourse().create();
        byte[] zip = Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().when()
                .get("/api/courses/{id}/versions/1/cartridge.imscc", course.id()).then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + course.code() + "-v1.imscc\"")
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
