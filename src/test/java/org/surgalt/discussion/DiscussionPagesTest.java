package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** The discussion pages without JavaScript: forms, redirects, what each reader sees. */
@QuarkusTest
class DiscussionPagesTest {

    @Test
    void aLearnerStartsAThreadAndRepliesThroughFormsAndTheMarkdownIsSanitised() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        String location = f.askerSession.form().formParam("title", "Group work")
                .formParam("body", "How do you **split** the class?<script>alert(1)</script>")
                .post("/discussion/forums/{id}/threads", forum).then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/discussion/threads/"), location);
        long thread = Long.parseLong(location.replaceAll(".*/threads/(\\d+).*", "$1"));
        f.otherSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then().statusCode(200)
                .body(containsString("<strong>split</strong>")).body(not(containsString("<script>alert")));

        f.otherSession.form().formParam("body", "In fours.").post("/discussion/threads/{id}/replies", thread).then()
                .statusCode(303);
        long reply = ((Number) f.askerSession.given().get("/api/discussion/threads/{id}", thread).then()
                .extract().path("posts[1].id")).longValue();
        f.askerSession.form().formParam("parentId", reply).formParam("body", "Thanks!")
                .post("/discussion/threads/{id}/replies", thread).then().statusCode(303);
        List<Integer> parents = f.askerSession.given().get("/api/discussion/threads/{id}", thread).then()
                .extract().path("posts.parentId");
        assertEquals(java.util.Arrays.asList(null, null, (int) reply), parents);
        long nested = ((Number) f.askerSession.given().get("/api/discussion/threads/{id}", thread).then()
                .extract().path("posts[2].id")).longValue();
        // One level only: a reply to a reply to a reply is refused, the text kept in the form.
        f.otherSession.form().formParam("parentId", nested).formParam("body", "Deeper")
                .post("/discussion/threads/{id}/replies", thread).then().statusCode(400).body(containsString("Deeper"));
    }

    @Test
    void inQuestionsALearnerSeesTheOthersAnswersOnlyAfterPostingTheirOwn() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("questions");
        long question = DiscussionFixture.thread(f.askerSession, forum, "What is formative assessment?", "Explain it.");
        long answer = DiscussionFixture.reply(f.otherSession, question, "Checking learning during the lesson.");
        Session third = Sessions.as(aPerson().withLocale("en").enrolledIn(f.course.code()).create());

        third.given().accept("text/html").get("/discussion/threads/{id}", question).then().statusCode(200)
                .body(containsString("Explain it.")).body(not(containsString("Checking learning")))
                .body(containsString("Post your own answer to see the others"));
        third.given().get("/api/discussion/threads/{id}", question).then().statusCode(200)
                .body(not(containsString("Checking learning")));
        // The asker and staff see every answer.
        f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", question).then()
                .body(containsString("Checking learning"));
        f.staff.given().get("/api/discussion/threads/{id}", question).then().body(containsString("Checking learning"));

        third.form().formParam("body", "Quizzes without grades.").post("/discussion/threads/{id}/replies", question)
                .then().statusCode(303);
        third.given().accept("text/html").get("/discussion/threads/{id}", question).then()
                .body(containsString("Checking learning")).body(containsString("Quizzes without grades."));

        // Accepting: another learner may not, the asker may.
        third.form().post("/discussion/posts/{id}/accept", answer).then().statusCode(403);
        f.askerSession.form().post("/discussion/posts/{id}/accept", answer).then().statusCode(303);
        f.askerSession.given().get("/api/discussion/threads/{id}", question).then()
                .body("thread.acceptedPostId", org.hamcrest.Matchers.equalTo((int) answer));
    }

    @Test
    void onlyStaffPostInAnAnnouncementsForum() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("announcements");
        f.askerSession.form().formParam("title", "Hi").formParam("body", "Me too")
                .post("/discussion/forums/{id}/threads", forum).then().statusCode(403);
        String page = f.askerSession.given().accept("text/html").get("/discussion/forums/{id}", forum).then()
                .statusCode(200).extract().asString();
        assertFalse(page.contains("/threads?_csrf"), "a learner gets no form to start a thread here");
        f.staff.form().formParam("title", "Workshop on Friday").formParam("body", "Room 12.")
                .post("/discussion/forums/{id}/threads", forum).then().statusCode(303);
        f.askerSession.given().accept("text/html").get("/discussion/forums/{id}", forum).then()
                .body(containsString("Workshop on Friday"));
    }

    @Test
    void staffPinAndLockThreadsAndALockedThreadTakesNoReplies() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long first = DiscussionFixture.thread(f.staff, forum, "Course rules", "Be kind.");
        DiscussionFixture.thread(f.askerSession, forum, "A later question", "Where is lesson 3?");
        f.askerSession.form().formParam("pinned", "true").post("/discussion/threads/{id}/pin", first).then()
                .statusCode(403);
        f.staff.form().formParam("pinned", "true").post("/discussion/threads/{id}/pin", first).then().statusCode(303);
        assertEquals("Course rules", f.askerSession.given().get("/api/discussion/forums/{id}", forum).then()
                .extract().path("threads[0].title"));

        f.staff.form().formParam("locked", "true").formParam("reason", "Settled")
                .post("/discussion/threads/{id}/lock", first).then().statusCode(303);
        f.askerSession.form().formParam("body", "But...").post("/discussion/threads/{id}/replies", first).then()
                .statusCode(409);
        String page = f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", first).then()
                .statusCode(200).extract().asString();
        assertFalse(page.contains("/replies?_csrf"), "no reply form on a locked thread");
    }

    @Test
    void anAuthorEditsAPostWithinTheEditWindowOnly() {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Typo", "Teh first version");
        long post = ((Number) f.askerSession.given().get("/api/discussion/threads/{id}", thread).then()
                .extract().path("posts[0].id")).longValue();
        f.otherSession.form().formParam("body", "Hijacked").post("/discussion/posts/{id}/edit", post).then()
                .statusCode(403);
        f.askerSession.form().formParam("body", "The first version").post("/discussion/posts/{id}/edit", post).then()
                .statusCode(303);
        f.askerSession.form().formParam("body", "  ").post("/discussion/posts/{id}/edit", post).then().statusCode(400);
        f.otherSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .body(containsString("The first version")).body(containsString("edited"));

        CohortBuilder.sql("UPDATE forum_post SET created_at = created_at - INTERVAL 31 MINUTE WHERE id = ?1", post);
        f.askerSession.form().formParam("body", "Too late").post("/discussion/posts/{id}/edit", post).then()
                .statusCode(409);
        f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .body(not(containsString("/edit?_csrf")));
    }

    @Test
    void threadsAreUnreadUntilReadAndAgainAfterANewReply() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Unread test", "First post");
        f.otherSession.given().accept("text/html").get("/discussion/forums/{id}", forum).then()
                .body(containsString("class=\"unread\""));
        f.otherSession.given().get("/discussion/threads/{id}", thread).then().statusCode(200);
        f.otherSession.given().get("/api/discussion/forums/{id}", forum).then()
                .body("threads[0].unread", org.hamcrest.Matchers.equalTo(false));
        DiscussionFixture.reply(f.askerSession, thread, "A new reply");
        f.otherSession.given().get("/api/discussion/forums/{id}", forum).then()
                .body("threads[0].unread", org.hamcrest.Matchers.equalTo(true));
        // The writer has seen what they wrote only once they read the thread; the marker never moves back.
        f.otherSession.given().get("/discussion/threads/{id}", thread).then().statusCode(200);
        f.otherSession.given().get("/api/discussion/forums/{id}", forum).then()
                .body("threads[0].unread", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void aThreadWith200RepliesIsPagedWithinThePageBudget() {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Big thread", "Opening");
        DiscussionFixture.manyReplies(thread, f.other.id(), 200);
        String first = f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .statusCode(200).extract().asString();
        assertTrue(first.contains("Reply number 24 ") && !first.contains("Reply number 25 "), "25 posts a page");
        assertTrue(first.contains("href=\"/discussion/threads/" + thread + "?page=2\""), "a link to the next page");
        assertTrue(first.getBytes(StandardCharsets.UTF_8).length <= 50 * 1024,
                "page 1 is " + first.getBytes(StandardCharsets.UTF_8).length + " bytes");
        String last = f.askerSession.given().accept("text/html").get("/discussion/threads/{id}?page=9", thread).then()
                .statusCode(200).extract().asString();
        assertTrue(last.contains("Reply number 200 ") && last.contains("Page 9 of 9"), last);
        assertTrue(last.getBytes(StandardCharsets.UTF_8).length <= 50 * 1024);
    }

    @Test
    void refusedFormsComeBackInMongolianWithWhatWasTyped() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        Session mn = Sessions.as(aPerson().withLocale("mn").enrolledIn(f.course.code()).create());
        mn.form().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("lang", "mn").header("Accept-Language", "mn").formParam("title", "Миний гарчиг")
                .formParam("body", "   ").post("/discussion/forums/{id}/threads", forum).then().statusCode(400)
                .body(containsString("value=\"Миний гарчиг\"")).body(containsString("хоосон байж болохгүй"))
                .body(containsString("Сэдэв эхлүүлэх"));
        mn.given().contentType(ContentType.JSON).header("Accept-Language", "mn").body("{\"title\":\"\",\"body\":\"x\"}")
                .post("/api/discussion/forums/{id}/threads", forum).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }
}
