package org.surgalt.progress;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.progress.ProgressFixture.item;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.progress.CompletionFact.Kind;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** The completion rule editor, its API, and the learner's "what is left" on the outline. */
@QuarkusTest
class CompletionRulePagesTest {

    @Inject
    ProgressService progress;

    @Inject
    RecomputeService recomputes;

    private Course sessionsCourse() {
        return ProgressFixture.course(
                List.of(item(ItemKind.PAGE, "Welcome"), item(ItemKind.QUIZ, "Final quiz")),
                List.of(item(ItemKind.SESSION, "S1"), item(ItemKind.SESSION, "S2"), item(ItemKind.SESSION, "S3"),
                        item(ItemKind.SESSION, "S4")));
    }

    private static TestPerson author(Course course) {
        return aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, course.id())).withLocale("en")
                .create();
    }

    @Test
    void aRefusedRuleFormComesBackWithTheErrorAndEverythingTyped() {
        Course course = sessionsCourse();
        CourseContent v1 = ProgressFixture.published(course);
        long s1 = ProgressFixture.item(v1, "S1").id();
        long s2 = ProgressFixture.item(v1, "S2").id();
        Sessions.Session author = Sessions.as(author(course));

        author.given().accept("text/html").when().get("/author/courses/{code}", course.code()).then().statusCode(200)
                .body(containsString("/author/courses/" + course.code() + "/completion"));
        author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", "0").formParam("onlineHours", "12,5")
                .formParam("atLeast0", "3").formParam("items0", s1).formParam("items0", s2)
                .when().post("/author/courses/{code}/completion", course.code())
                .then().statusCode(400)
                .body(containsString("conditions[0].atLeast"))
                .body(containsString("value=\"" + s1 + "\" checked"))
                .body(containsString("value=\"" + s2 + "\" checked"))
                .body(containsString("value=\"12,5\""))
                .body(containsString("name=\"atLeast0\" type=\"number\" min=\"1\" value=\"3\""));
        assertEquals(0, recomputes.ofCourse(course.id()).size(), "nothing saved, nothing recomputed");

        author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("version", "0").formParam("allModules", "true").formParam("onlineHours", "12,5")
                .formParam("atLeast0", "2").formParam("items0", s1).formParam("items0", s2)
                .redirects().follow(false)
                .when().post("/author/courses/{code}/completion", course.code())
                .then().statusCode(303);
        author.given().accept(ContentType.JSON).when().get("/api/courses/{id}/completion-rule", course.id())
                .then().statusCode(200).body("allModules", equalTo(true)).body("onlineHours", equalTo(12.5f))
                .body("conditions[0].atLeast", equalTo(2)).body("version", equalTo(0));
    }

    @Test
    void theApiRefusesABadRuleAsProblemJsonAndAStaleVersionAsAConflict() {
        Course course = sessionsCourse();
        Sessions.Session author = Sessions.as(author(course));
        long quiz = ProgressFixture.item(ProgressFixture.published(course), "Final quiz").id();

        author.given().contentType(ContentType.JSON).body(Map.of("version", 0, "allModules", true,
                "conditions", List.of(Map.of("items", List.of(quiz), "atLeast", 2))))
                .when().put("/api/courses/{id}/completion-rule", course.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("conditions[0].atLeast"));
        author.given().contentType(ContentType.JSON).body(Map.of("version", 0, "allModules", false,
                "conditions", List.of(Map.of("items", List.of(999_999_999L), "atLeast", 1))))
                .when().put("/api/courses/{id}/completion-rule", course.id())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("conditions[0].items"));

        author.given().contentType(ContentType.JSON).body(Map.of("version", 0, "allModules", false,
                "conditions", List.of(Map.of("items", List.of(quiz), "atLeast", 1))))
                .when().put("/api/courses/{id}/completion-rule", course.id())
                .then().statusCode(200).body("allModules", equalTo(false));
        author.given().contentType(ContentType.JSON).body(Map.of("version", 7, "allModules", true))
                .when().put("/api/courses/{id}/completion-rule", course.id())
                .then().statusCode(409).contentType("application/problem+json");
        Sessions.as(aPerson().enrolledIn(course.code()).create()).given().contentType(ContentType.JSON)
                .body(Map.of("version", 1, "allModules", true))
                .when().put("/api/courses/{id}/completion-rule", course.id())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theLearnerSeesWhatIsLeftAndAnOptionalItemIsMarked() {
        Course course = sessionsCourse();
        CourseContent v2 = ProgressFixture.setRequired(course, "Welcome", false);
        long quiz = ProgressFixture.item(v2, "Final quiz").id();
        List<Long> sessions = List.of("S1", "S2", "S3", "S4").stream()
                .map(t -> ProgressFixture.item(v2, t).id()).toList();
        TestPerson author = author(course);
        Sessions.as(author).given().contentType(ContentType.JSON).body(Map.of("version", 0, "allModules", false,
                "conditions", List.of(Map.of("items", sessions, "atLeast", 3), Map.of("items", List.of(quiz),
                        "atLeast", 1))))
                .when().put("/api/courses/{id}/completion-rule", course.id()).then().statusCode(200);
        TestPerson learner = aPerson().enrolledIn(course.code()).withLocale("en").create();
        progress.record(learner.id(), v2, ProgressFixture.item(v2, "S2"), Kind.ATTENDED, null, "test");

        Sessions.as(learner).given().accept("text/html").when().get("/courses/{code}", course.code())
                .then().statusCode(200)
                .body(containsString("What is left for the course to count as complete"))
                .body(containsString("Complete 2 more of these (at least 3 of 4):"))
                .body(containsString("Complete 1 more of these (at least 1 of 1):"))
                .body(containsString("<span class=\"optional\">optional</span>"));

        Sessions.as(author).given().accept(ContentType.JSON)
                .when().get("/api/progress/courses/{id}/learners/{user}", course.id(), learner.id())
                .then().statusCode(200).body("itemsDone", equalTo(1)).body("itemsRequired", equalTo(5))
                .body("complete", equalTo(false)).body("why.conditions[0].needed", equalTo(2))
                .body("why.conditions[1].missing[0].title", equalTo("Final quiz"));

        progress.record(learner.id(), v2, ProgressFixture.item(v2, "S1"), Kind.ATTENDED, null, "test");
        progress.record(learner.id(), v2, ProgressFixture.item(v2, "S3"), Kind.ATTENDED, null, "test");
        progress.record(learner.id(), v2, ProgressFixture.item(v2, "Final quiz"), Kind.PASSED, 75, "test");
        Sessions.as(learner).given().accept("text/html").when().get("/courses/{code}", course.code())
                .then().statusCode(200).body(not(containsString("What is left for the course")));
        Sessions.as(author).given().accept("text/html")
                .when().get("/progress/courses/{code}/learners/{user}", course.code(), learner.id())
                .then().statusCode(200).body(containsString("The course is complete"));
    }

    @Test
    void anAuthorMakesAnItemOptionalInTheEditorAndLearnersSeeItMarked() {
        Course course = ProgressFixture.course(List.of(item(ItemKind.PAGE, "Lesson"), item(ItemKind.LINK, "Further")));
        long moduleId = course.modules().get(0).id();
        long further = ProgressFixture.itemId(course, "Further");
        TestPerson person = author(course);
        Sessions.Session author = Sessions.as(person);
        String api = "/api/courses/" + course.id() + "/modules/" + moduleId + "/items/" + further;
        author.given().accept(ContentType.JSON).queryParam("version", "draft").when().get(api)
                .then().statusCode(200).body("required", equalTo(true));
        author.given().accept("text/html").when().get("/author/courses/{code}/items/{id}", course.code(), further)
                .then().statusCode(200).body(containsString("name=\"required\" value=\"true\" checked"));

        author.given().accept("text/html").contentType(ContentType.URLENC.withCharset("UTF-8")).redirects().follow(false)
                .formParam("version", "0").formParam("titleEn", "Further").formParam("url", "https://example.org/Further")
                .formParam("completion", "viewed").formParam("requiredShown", "true")
                .when().post("/author/courses/{code}/items/{id}", course.code(), further)
                .then().statusCode(303);
        author.given().accept(ContentType.JSON).queryParam("version", "draft").when().get(api)
                .then().statusCode(200).body("required", equalTo(false));

        ProgressFixture.republish(course);
        Sessions.as(aPerson().enrolledIn(course.code()).withLocale("en").create()).given().accept("text/html")
                .when().get("/courses/{code}", course.code()).then().statusCode(200)
                .body(containsString("<span class=\"optional\">optional</span>"));
    }
}
