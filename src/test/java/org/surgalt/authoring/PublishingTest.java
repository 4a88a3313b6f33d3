package org.surgalt.authoring;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;

/**
 * Draft → review → published, over the API, with what learners see at each step: the published
 * version only, and their progress carried from one version to the next by the items' stable ids.
 */
@QuarkusTest
class PublishingTest {

    private record Draft(Sessions.Session author, long courseId, String code, long module1, long module2,
            long page1, long page2, long page3) {
    }

    /** A course with two modules: pages 1 and 2 in the first, page 3 in the second. */
    private static Draft draft() {
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).create());
        String code = "pub-" + System.nanoTime() % 10_000_000;
        long courseId = author.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "language", "mn", "title", Map.of("mn", "Нийтлэл", "en", "Publishing")))
                .when().post("/api/courses").then().statusCode(201).extract().jsonPath().getLong("id");
        long module1 = module(author, courseId, "Нэгдүгээр модуль");
        long module2 = module(author, courseId, "Хоёрдугаар модуль");
        return new Draft(author, courseId, code, module1, module2, page(author, courseId, module1, "Нэг", "Эхний хичээл"),
                page(author, courseId, module1, "Хоёр", "Хоёр дахь хичээл"),
                page(author, courseId, module2, "Гурав", "Гурав дахь хичээл"));
    }

    private static long module(Sessions.Session author, long courseId, String title) {
        return author.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("mn", title)))
                .when().post("/api/courses/{c}/modules", courseId).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long page(Sessions.Session author, long courseId, long moduleId, String title, String body) {
        return author.given().contentType(ContentType.JSON)
                .body(Map.of("kind", "page", "title", Map.of("mn", title), "body", Map.of("mn", body)))
                .when().post("/api/courses/{c}/modules/{m}/items", courseId, moduleId).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath item(Sessions.Session who, Draft draft, long moduleId, long itemId) {
        return who.given().when().get("/api/courses/{c}/modules/{m}/items/{i}?version=draft", draft.courseId(),
                moduleId, itemId).then().statusCode(200).extract().jsonPath();
    }

    private static void edit(Draft draft, long moduleId, long itemId, String title, String body, int expected) {
        long version = item(draft.author(), draft, moduleId, itemId).getLong("version");
        draft.author().given().contentType(ContentType.JSON)
                .body(Map.of("version", version, "title", Map.of("mn", title), "body", Map.of("mn", body),
                        "completion", "viewed"))
                .when().put("/api/courses/{c}/modules/{m}/items/{i}", draft.courseId(), moduleId, itemId)
                .then().statusCode(expected);
    }

    @Test
    void aDraftIsReviewedApprovedAndPublishedAndOnlyThenLearnersSeeIt() {
        Draft draft = draft();
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(draft.code()).create());
        learner.given().accept("text/html").when().get("/courses/{code}", draft.code()).then().statusCode(404);

        // Publishing needs an approval; the submitter's own does not count.
        draft.author().given().contentType(ContentType.JSON).when().post("/api/courses/{c}/versions", draft.courseId())
                .then().statusCode(409).body("detail", containsString("approval"));
        draft.author().given().contentType(ContentType.JSON).when().post("/api/courses/{c}/review", draft.courseId())
                .then().statusCode(200).body("workflowState", equalTo("in_review")).body("review.state", equalTo("open"));
        draft.author().given().contentType(ContentType.JSON).when()
                .post("/api/courses/{c}/review/approvals", draft.courseId()).then().statusCode(403);

        // In review the draft is frozen: what reviewers approve is what gets published.
        edit(draft, draft.module1(), draft.page1(), "Нэг", "Өөрчлөлт", 409);

        // An expert the author invites (from the draft page) comments on an item and approves.
        var expert = aPerson().create();
        Sessions.Session reviewer = Sessions.as(expert);
        reviewer.given().when().get("/api/courses/{c}/review", draft.courseId()).then().statusCode(403);
        draft.author().given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("email", "nobody-" + System.nanoTime() + "@example.org")
                .when().post("/author/courses/{code}/review/reviewers", draft.code())
                .then().statusCode(400).body(containsString("энэ сайтын хэн нэгний хаяг биш"));
        draft.author().given().accept("text/html").redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("email", expert.email())
                .when().post("/author/courses/{code}/review/reviewers", draft.code()).then().statusCode(303);
        reviewer.given().contentType(ContentType.JSON)
                .body(Map.of("item", draft.page2(), "body", "Зураг нэмбэл сайн."))
                .when().post("/api/courses/{c}/review/comments", draft.courseId()).then().statusCode(200)
                .body("review.comments.item", hasItem((int) draft.page2()));
        reviewer.given().contentType(ContentType.JSON).when().post("/api/courses/{c}/review/approvals", draft.courseId())
                .then().statusCode(200).body("review.approvedBy", hasSize(1));
        draft.author().given().contentType(ContentType.JSON).when().post("/api/courses/{c}/versions", draft.courseId())
                .then().statusCode(201).body("number", equalTo(1));

        learner.given().accept("text/html").when().get("/courses/{code}", draft.code()).then().statusCode(200)
                .body(allOf(containsString("Нэгдүгээр модуль"), containsString("Гурав")));
        learner.given().when().get("/api/courses/{c}", draft.courseId()).then().statusCode(200)
                .body("version", equalTo("1")).body("modules", hasSize(2));
        // Learners read the published version only; the draft is for its authors and reviewers.
        learner.given().when().get("/api/courses/{c}?version=draft", draft.courseId()).then().statusCode(403);
    }

    @Test
    void askingForChangesReopensTheDraftWithTheReasonAsAComment() {
        Draft draft = draft();
        var reviewer = aPerson().withGrant(Grant.course(Role.REVIEWER, draft.courseId())).create();
        draft.author().given().contentType(ContentType.JSON).when().post("/api/courses/{c}/review", draft.courseId())
                .then().statusCode(200);
        Sessions.as(reviewer).given().contentType(ContentType.JSON).body(Map.of("body", "Гарчгийг засна уу."))
                .when().post("/api/courses/{c}/review/change-requests", draft.courseId()).then().statusCode(200)
                .body("workflowState", equalTo("draft")).body("review.state", equalTo("changes_requested"))
                .body("review.comments.body", hasItem("Гарчгийг засна уу."));
        edit(draft, draft.module1(), draft.page1(), "Нэг (зассан)", "Эхний хичээл", 200);
    }

    @Test
    void aSecondVersionKeepsTheLearnersProgressAndShowsWhatChanged() {
        Draft draft = draft();
        Publishing.publish(draft.author(), draft.courseId());
        var learnerPerson = aPerson().enrolledIn(draft.code()).create();
        Sessions.Session learner = Sessions.as(learnerPerson);
        for (long item : new long[] {draft.page1(), draft.page2(), draft.page3()}) {
            learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), item)
                    .then().statusCode(200);
        }
        learner.given().accept("text/html").when().get("/courses/{code}", draft.code()).then()
                .body(containsString("100%"));

        // Version 2 changes page 1's text and removes page 3.
        edit(draft, draft.module1(), draft.page1(), "Нэг", "Шинэчилсэн хичээл\nхоёр дахь мөр", 200);
        draft.author().given().accept("text/html").redirects().follow(false)
                .when().post("/author/courses/{code}/items/{i}/delete", draft.code(), draft.page3())
                .then().statusCode(303);
        // The removed item is still in version 1 for anyone reading it until version 2 is out.
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page3())
                .then().statusCode(200);
        Publishing.publish(draft.author(), draft.courseId());

        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page1())
                .then().statusCode(200).body(containsString("Шинэчилсэн хичээл"));
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page3())
                .then().statusCode(404);
        // Pages 1 and 2 were viewed in version 1 and still count; page 3 no longer does.
        String outline = learner.given().accept("text/html").when().get("/courses/{code}", draft.code())
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(outline.contains("100%"), outline);

        JsonPath diff = draft.author().given().when()
                .get("/api/courses/{c}/versions/1/diff/2", draft.courseId()).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("CHANGED", "REMOVED"),
                diff.getList("changes.type"));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("text"), diff.getList("changes[0].fields"));
        org.junit.jupiter.api.Assertions.assertTrue(diff.getList("changes[0].lines.text").contains("Шинэчилсэн хичээл"));
        draft.author().given().accept("text/html").when().get("/author/courses/{code}/review/diff?from=1&to=2", draft.code())
                .then().statusCode(200).body(allOf(containsString("Шинэчилсэн хичээл"), containsString("line-remove")));
        draft.author().given().when().get("/api/courses/{c}/versions", draft.courseId()).then()
                .body("number", equalTo(java.util.List.of(2, 1)));
    }

    @Test
    void aModuleOpensWhenItsPrerequisiteIsComplete() {
        Draft draft = draft();
        draft.author().given().contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("mn", "Хоёрдугаар модуль"), "prerequisite", draft.module1()))
                .when().put("/api/courses/{c}/modules/{m}", draft.courseId(), draft.module2()).then().statusCode(200)
                .body("prerequisite", equalTo((int) draft.module1()));
        // A circle would keep both closed for ever.
        draft.author().given().contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("mn", "Нэгдүгээр модуль"), "prerequisite", draft.module2()))
                .when().put("/api/courses/{c}/modules/{m}", draft.courseId(), draft.module1()).then().statusCode(400)
                .body("errors[0].field", equalTo("prerequisite"));
        Publishing.publish(draft.author(), draft.courseId());

        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(draft.code()).create());
        learner.given().accept("text/html").when().get("/courses/{code}", draft.code()).then()
                .body(containsString("Нэгдүгээр модуль")).body(not(containsString("/items/" + draft.page3() + "\"")));
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page3())
                .then().statusCode(403).body(containsString("Нэгдүгээр модуль"));
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page1())
                .then().statusCode(200);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page2())
                .then().statusCode(200);
        learner.given().accept("text/html").when().get("/courses/{code}/items/{i}", draft.code(), draft.page3())
                .then().statusCode(200);
    }

    @Test
    void nothingToPublishIsRefusedAndOutsidersCannotReview() {
        Draft draft = draft();
        Publishing.publish(draft.author(), draft.courseId());
        draft.author().given().contentType(ContentType.JSON).when().post("/api/courses/{c}/review", draft.courseId())
                .then().statusCode(409).body("detail", containsString("Nothing has changed"));
        Sessions.Session learner = Sessions.as(aPerson().enrolledIn(draft.code()).create());
        learner.given().contentType(ContentType.JSON).when().post("/api/courses/{c}/review/approvals", draft.courseId())
                .then().statusCode(403);
    }
}
