package org.surgalt.cohort;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.cohort.CohortFixture.KHOVD;
import static org.surgalt.cohort.CohortFixture.utf8;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/** A coordinator's way through the cohort pages, without JavaScript. */
@QuarkusTest
class CohortPagesTest {

    @Test
    void aCoordinatorCreatesACohortAddsAndRemovesCoursesAndPagesThroughItsMembers() {
        Sessions.Session coordinator = Sessions.as(aPerson().withRole(Role.COORDINATOR).create());
        Course course = aCourse().withTitle("Blended teaching", "Хосолсон сургалт").create();
        String code = "pages-" + System.nanoTime() % 1_000_000;

        coordinator.given().cookie("lang", "en").accept("text/html").when().get("/home").then().statusCode(200)
                .body(containsString("<a href=\"/cohorts\">Cohorts</a>"));
        form(coordinator).formParam("code", "Not A Code").formParam("name", "Хавар")
                .when().post("/cohorts").then().statusCode(400)
                .body(containsString("must be 1 to 64 lower-case letters"), containsString("value=\"Хавар\""));
        form(coordinator).formParam("code", code).formParam("name", "50 зорилтот сургууль — хавар")
                .formParam("startsOn", "2026-03-02").formParam("endsOn", "2026-06-26")
                .when().post("/cohorts").then().statusCode(303).header("Location", containsString("/cohorts/" + code));
        form(coordinator).formParam("code", code).formParam("name", "Again").when().post("/cohorts").then()
                .statusCode(409).body(containsString("exists already"));

        coordinator.given().cookie("lang", "mn").when().get("/cohorts").then().statusCode(200)
                .body(containsString("50 зорилтот сургууль — хавар"), containsString("2026 оны 3-р сарын 2-с 2026 оны 6-р сарын 26 хүртэл"));
        coordinator.given().cookie("lang", "en").when().get("/cohorts/" + code).then().statusCode(200)
                .body(containsString("No members yet"), containsString("<option value=\"" + course.code() + "\""),
                        containsString("From 2 Mar 2026 to 26 Jun 2026"));

        // One member before the course is added: adding it enrols them.
        long cohortId = Long.parseLong(CohortFixture.text("select id from cohort where code = ?", code));
        StringBuilder csv = new StringBuilder("email,name,institution_code\n");
        for (int i = 0; i < 105; i++) {
            csv.append("page-").append(i).append('-').append(code).append("@cohort.test,Багш ")
                    .append(String.format("%03d", i)).append(',').append(KHOVD).append('\n');
        }
        new CohortFixture(); // makes sure the fixture's institutions exist
        coordinator.given().contentType("text/csv").body(utf8(csv.toString())).queryParam("dryRun", false)
                .when().post("/api/cohorts/{id}/members/import", cohortId).then().statusCode(200);

        form(coordinator).formParam("course", course.code()).when().post("/cohorts/" + code + "/courses").then()
                .statusCode(303).header("Location", containsString("added=105"));
        assertEquals(105, CohortFixture.count("select count(*) from enrolment where course_id = ?", course.id()));
        coordinator.given().cookie("lang", "en").when().get("/cohorts/" + code + "?added=105").then().statusCode(200)
                .body(containsString("105 members were enrolled in the course."), containsString("Blended teaching"),
                        containsString("105 members"), containsString("Page 1 of 2"), containsString("Багш 000"),
                        not(containsString("Багш 104")));
        coordinator.given().cookie("lang", "en").when().get("/cohorts/" + code + "?page=2").then().statusCode(200)
                .body(containsString("Page 2 of 2"), containsString("Багш 104"), not(containsString("Багш 000")));

        form(coordinator).when().post("/cohorts/" + code + "/courses/" + course.id() + "/remove").then().statusCode(303);
        coordinator.given().cookie("lang", "en").when().get("/cohorts/" + code).then().statusCode(200)
                .body(containsString("No courses yet"));
        assertEquals(105, CohortFixture.count("select count(*) from enrolment where course_id = ?", course.id()),
                "removing the course leaves its members enrolled");
    }

    @Test
    void aTeacherSeesNoCohortLinkAndIsRefusedTheirPages() {
        Sessions.Session teacher = Sessions.as(aPerson().create());
        teacher.given().cookie("lang", "en").when().get("/home").then().statusCode(200)
                .body(not(containsString("href=\"/cohorts\"")));
        teacher.given().accept("text/html").when().get("/cohorts").then().statusCode(403);
        teacher.given().contentType(ContentType.JSON).body("{\"code\":\"teacher-cohort\",\"name\":\"No\"}")
                .when().post("/api/cohorts").then().statusCode(403);
    }

    private static io.restassured.specification.RequestSpecification form(Sessions.Session session) {
        return session.given().cookie("lang", "en").queryParam("_csrf", session.csrf()).redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8"));
    }
}
