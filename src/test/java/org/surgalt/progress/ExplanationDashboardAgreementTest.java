package org.surgalt.progress;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.surgalt.course.release.ReleaseFixture;
import org.surgalt.identity.IdentityService;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/**
 * For a learner with items closed to them, what staff read of their progress (the "why not
 * complete" explanation), the cohort's dashboard and the learner's own page give the same numbers:
 * the items for other schools or cohorts count for no one, the items waiting on a date or a score
 * count and are listed as locked with what opens them.
 */
@QuarkusTest
class ExplanationDashboardAgreementTest {

    @Test
    void theExplanationTheDashboardAndTheLearnersPageAgreeOnALearnerWithLockedItems() {
        ReleaseFixture f = new ReleaseFixture();
        Session learner = Sessions.as(f.cohortMember);
        // Page 1.2 done; Page 1.1 (their cohort's) is open but counts for no one; module 3 is another
        // school's; Page 2.1 waits for a score, Page 2.2 for a date.
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page12)
                .then().statusCode(200);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page11)
                .then().statusCode(200);
        Session coordinator = Sessions.as(f.cohortCoordinator);

        JsonPath why = coordinator.given().accept(ContentType.JSON).header("Accept-Language", "en").when()
                .get("/api/progress/courses/{c}/learners/{u}", f.course.id(), f.cohortMember.id()).then()
                .statusCode(200).body("itemsDone", equalTo(1)).body("itemsRequired", equalTo(4))
                .body("percent", equalTo(25)).body("complete", equalTo(false))
                .body("why.locked.id", contains((int) f.page21, (int) f.page22))
                // In the coordinator's language (Mongolian).
                .body("why.locked.opensWhen", contains("“Quiz 1”-д дор хаяж 60 % авсны дараа нээгдэнэ.",
                        "2099 оны 1-р сарын 12-нд нээгдэнэ."))
                .extract().jsonPath();
        List<Integer> missing = why.getList("why.modules.missing.flatten().id");
        assertEquals(List.of((int) f.quiz, (int) f.page21, (int) f.page22), missing,
                "what is left is what is required and not done, locked or not");

        long school = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(IdentityService.class)
                .get().institution(PersonBuilder.INSTITUTION).id());
        coordinator.given().accept(ContentType.JSON).queryParam("school", school).queryParam("course", f.course.code())
                .when().get("/api/reports/cohorts/{id}", f.cohort).then().statusCode(200)
                .body("teachers.find { it.userId == " + f.cohortMember.id() + " }.courses[0].percent", equalTo(25))
                .body("teachers.find { it.userId == " + f.cohortMember.id() + " }.courses[0].complete",
                        equalTo(false));

        learner.given().accept("text/html").when().get("/courses/{code}", f.course.code()).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"25\""));

        // Passing the quiz completes it and opens Page 2.1; Page 2.2 waits for 2099. The numbers move together.
        f.scored(f.cohortMember.id(), 80);
        coordinator.given().accept(ContentType.JSON).header("Accept-Language", "en").when()
                .get("/api/progress/courses/{c}/learners/{u}", f.course.id(), f.cohortMember.id()).then()
                .statusCode(200).body("itemsDone", equalTo(2)).body("percent", equalTo(50))
                .body("why.locked.id", contains((int) f.page22));
        coordinator.given().accept(ContentType.JSON).queryParam("school", school).queryParam("course", f.course.code())
                .when().get("/api/reports/cohorts/{id}", f.cohort).then().statusCode(200)
                .body("teachers.find { it.userId == " + f.cohortMember.id() + " }.courses[0].percent", equalTo(50));
    }
}
