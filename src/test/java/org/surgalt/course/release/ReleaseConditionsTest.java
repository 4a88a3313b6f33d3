package org.surgalt.course.release;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/**
 * Items open on conditions (items complete, a date, a school, a cohort, a quiz score, combined with
 * AND); a learner reads what opens each one, in English and Mongolian, and gets none of a closed
 * item's content on any route; the course's staff read everything; authors' changes are checked
 * and audited.
 */
@QuarkusTest
class ReleaseConditionsTest {

    @Inject
    EntityManager em;

    private ReleaseFixture f;

    @BeforeEach
    void aCourseWhoseItemsOpenOnEachKindOfCondition() {
        f = new ReleaseFixture();
    }

    @Test
    void theLearnerReadsWhatOpensEachItemAndGetsNoneOfItsContent() {
        Session learner = Sessions.as(aPerson().withLocale("en").enrolledIn(f.course.code()).create());

        learner.given().accept("text/html").when().get("/courses/{code}", f.course.code()).then().statusCode(200)
                .body(containsString("Opens when you complete “Page 1.2”."))
                .body(containsString("Opens when you score at least 60 % on “Quiz 1”."))
                .body(containsString("Opens on 12 Jan 2099."))
                .body(containsString("For teachers of " + f.schoolName + " only."))
                .body(containsString("For teachers of " + f.cohortName + " only."))
                .body(not(containsString("href=\"/courses/" + f.course.code() + "/items/" + f.page22 + "\"")));

        // Refused on every route that serves an item: its page, the API, the module's list.
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page22)
                .then().statusCode(403).body(containsString("Opens on 12 Jan 2099."))
                .body(not(containsString("Text of page 2.2")));
        learner.given().accept(ContentType.JSON).header("Accept-Language", "en").when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", f.course.id(), f.module2, f.page22).then()
                .statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("This item is not open to you yet. Opens on 12 Jan 2099."));
        learner.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/modules/{m}/items", f.course.id(), f.module2).then().statusCode(200)
                .body("find { it.id == " + f.page22 + " }.locked", equalTo(true))
                .body("find { it.id == " + f.page22 + " }.body", nullValue());
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page31)
                .then().statusCode(403).body(containsString("For teachers of " + f.schoolName + " only."));
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page11)
                .then().statusCode(403);
    }

    @Test
    void conditionsCombineWithAndAndOpenOnceAllHold() {
        TestPerson person = aPerson().withLocale("en").enrolledIn(f.course.code()).create();
        Session learner = Sessions.as(person);
        forbiddenSaying(learner, f.page21, "Opens when you complete “Page 1.2”. "
                + "Opens when you score at least 60 % on “Quiz 1”.");

        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page12)
                .then().statusCode(200);
        forbiddenSaying(learner, f.page21, "Opens when you score at least 60 % on “Quiz 1”.");
        f.scored(person.id(), 59);
        forbiddenSaying(learner, f.page21, "Opens when you score at least 60 % on “Quiz 1”.");
        f.scored(person.id(), 60);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page21)
                .then().statusCode(200).body(containsString("Text of page 2.1"));
    }

    @Test
    void aSchoolOrACohortConditionOpensTheItemToItsPeopleOnly() {
        Session teacher = Sessions.as(aPerson().inInstitution(f.schoolCode).enrolledIn(f.course.code()).create());
        teacher.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page31)
                .then().statusCode(200).body(containsString("Text of page 3.1"));
        teacher.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page11)
                .then().statusCode(403);

        Session member = Sessions.as(f.cohortMember);
        member.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page11)
                .then().statusCode(200).body(containsString("Text of page 1.1"));
        member.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page31)
                .then().statusCode(403);

        // The course's staff are not held back by any condition.
        f.author.given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(), f.page22)
                .then().statusCode(200).body(containsString("Text of page 2.2"));
    }

    @Test
    void aSchoolConditionStillHoldsForItsPeopleAfterTheSchoolIsMergedIntoAnother() {
        TestPerson teacher = aPerson().inInstitution(f.schoolCode).enrolledIn(f.course.code()).create();
        String other = "release-merged-into-" + System.nanoTime() % 1_000_000;
        TestPerson elsewhere = aPerson().inInstitution(other).enrolledIn(f.course.code()).create();
        long into = Arc.container().instance(IdentityService.class).get().institution(other).id();
        long school = Arc.container().instance(IdentityService.class).get().institution(f.schoolCode).id();
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON)
                .body(Map.of("into", into)).when().post("/api/admin/institutions/{id}/merge", school).then()
                .statusCode(200);
        // The condition names the merged school; its teacher now belongs to the one it was merged into.
        Sessions.as(teacher).given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(),
                f.page31).then().statusCode(200).body(containsString("Text of page 3.1"));
        // And so, by the merge, do that school's own people.
        Sessions.as(elsewhere).given().accept("text/html").when().get("/courses/{code}/items/{i}", f.course.code(),
                f.page31).then().statusCode(200);
    }

    @Test
    void aMongolianReaderReadsTheConditionsInMongolian() {
        Session learner = Sessions.as(aPerson().withLocale("mn").enrolledIn(f.course.code()).create());
        learner.given().accept("text/html").when().get("/courses/{code}", f.course.code()).then().statusCode(200)
                .body(containsString("“Page 1.2”-г дуусгасны дараа нээгдэнэ."))
                .body(containsString("“Quiz 1”-д дор хаяж 60 % авсны дараа нээгдэнэ."))
                .body(containsString("2099 оны 1-р сарын 12-нд нээгдэнэ."))
                .body(containsString("Зөвхөн " + f.schoolName + "-ийн багш нарт."));
        learner.given().accept(ContentType.JSON).header("Accept-Language", "mn").when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", f.course.id(), f.module2, f.page22).then()
                .statusCode(403)
                .body("detail", equalTo("Энэ зүйл танд одоогоор нээгдээгүй байна. 2099 оны 1-р сарын 12-нд нээгдэнэ."));
    }

    @Test
    void authorsConditionsAreCheckedKeptInTheirFormAndAudited() {
        f.author.given().accept(ContentType.JSON).when()
                .get("/api/courses/{c}/release/items/{i}", f.course.id(), f.page21).then().statusCode(200)
                .body("items", hasItem((int) f.page12)).body("quizAtLeast", equalTo(60));
        refused(f.page21, Map.of("items", List.of(f.page21)), "cannot wait for the item itself");
        // Page 2.1 waits for Page 1.2 already.
        refused(f.page12, Map.of("items", List.of(f.page21)), "circle");
        refused(f.page12, Map.of("institutions", List.of(987_654_321L)), "does not exist");
        refused(f.page12, Map.of("quizItem", f.page11, "quizAtLeast", 50), "must be a quiz of this course");

        f.author.given().accept("text/html").when()
                .get("/author/courses/{code}/release/items/{i}", f.course.code(), f.page21).then().statusCode(200)
                .body(containsString("value=\"" + f.page12 + "\" checked"));
        f.author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("item", f.page12).formParam("opensAt", "2099-02-01T08:00")
                .formParam("quizItem", f.quiz).formParam("quizAtLeast", "lots").when()
                .post("/author/courses/{code}/release/items/{i}", f.course.code(), f.page21).then().statusCode(400)
                .body(containsString("quizAtLeast")).body(containsString("value=\"2099-02-01T08:00\""));
        f.author.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("opensAt", "2099-02-01T08:00").when()
                .post("/author/courses/{code}/release/modules/{m}", f.course.code(), f.module2).then().statusCode(303);

        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action IN ('item.release-conditions', "
                        + "'module.release-conditions') AND detail = :course")
                .setParameter("course", f.course.code()).getSingleResult()).longValue());
        assertEquals(5, audited, "four conditions set by the fixture and one through the form; refusals none");
    }

    @Test
    void aQuizAndAnAssignmentThatOpenLaterAreRefusedOnTheirOwnRoutes() {
        org.surgalt.course.Course course = org.surgalt.testsupport.CourseBuilder.aCourse()
                .withQuiz("Later quiz", null).asDraft().create();
        long quiz = course.modules().get(0).items().get(1).id();
        Session author = Sessions.as(aPerson().withGrant(org.surgalt.identity.Grant.course(
                org.surgalt.identity.Role.AUTHOR, course.id())).create());
        long essay = author.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("kind", "assignment", "title", Map.of("en", "Essay"),
                        "body", Map.of("en", "The essay question, kept for later")))
                .when().post("/api/courses/{c}/modules/{m}/items", course.id(), course.modules().get(0).id())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (long item : List.of(quiz, essay)) {
            author.given().contentType(ContentType.JSON).body(Map.of("opensAt", ReleaseFixture.OPENS_AT))
                    .when().put("/api/courses/{c}/release/items/{i}", course.id(), item).then().statusCode(200);
        }
        Publishing.publish(author, course.id());
        Session learner = Sessions.as(aPerson().withLocale("en").enrolledIn(course.code()).create());

        learner.given().accept("text/html").when().get("/courses/{code}/quizzes/{i}", course.code(), quiz).then()
                .statusCode(403);
        learner.given().accept(ContentType.JSON).contentType(ContentType.JSON).body("{}").when()
                .post("/api/courses/{c}/quizzes/{i}/attempts", course.id(), quiz).then().statusCode(403);
        learner.given().accept("text/html").when().get("/courses/{code}/assignments/{i}", course.code(), essay)
                .then().statusCode(403).body(not(containsString("kept for later")));
        learner.given().accept(ContentType.JSON).when().get("/api/courses/{c}/assignments/{i}", course.id(), essay)
                .then().statusCode(403);
        // The first page has no condition: open.
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", course.code(),
                course.modules().get(0).items().get(0).id()).then().statusCode(200);
    }

    @Test
    void aPackageThatOpensLaterIsNotLaunchedTillThenAndAVersionCarriesItsConditions() throws Exception {
        PackageCourses.PackageCourse golf = PackageCourses.publishedWith(
                "golf-examples/RuntimeBasicCalls_SCORM12.zip", "completed", null);
        Session learner = Sessions.as(aPerson().withLocale("en").enrolledIn(golf.code()).create());
        learner.given().redirects().follow(false).when()
                .get("/courses/{c}/packages/{i}/launch", golf.code(), golf.itemId()).then().statusCode(303);

        golf.author().given().contentType(ContentType.JSON).body(Map.of("opensAt", ReleaseFixture.OPENS_AT))
                .when().put("/api/courses/{c}/release/items/{i}", golf.course().id(), golf.itemId()).then()
                .statusCode(200);
        // The draft's conditions reach learners with the next version, not before.
        learner.given().redirects().follow(false).when()
                .get("/courses/{c}/packages/{i}/launch", golf.code(), golf.itemId()).then().statusCode(303);
        Publishing.publish(golf.author(), golf.course().id());
        learner.given().redirects().follow(false).when()
                .get("/courses/{c}/packages/{i}/launch", golf.code(), golf.itemId()).then().statusCode(403);
    }

    private void refused(long item, Map<String, Object> conditions, String why) {
        f.author.given().contentType(ContentType.JSON).accept(ContentType.JSON).header("Accept-Language", "en")
                .body(conditions).when().put("/api/courses/{c}/release/items/{i}", f.course.id(), item).then()
                .statusCode(400).body(containsString(why));
    }

    private void forbiddenSaying(Session learner, long item, String text) {
        learner.given().accept(ContentType.JSON).header("Accept-Language", "en").when()
                .get("/api/courses/{c}/modules/{m}/items/{i}", f.course.id(), f.module2, item).then()
                .statusCode(403).body("detail", equalTo("This item is not open to you yet. " + text));
    }
}
