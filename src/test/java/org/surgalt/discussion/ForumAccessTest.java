package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.CohortBuilder.TestCohort;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** Who reads a forum: a cohort's people theirs only, a course's enrolled people; hidden posts never reach learners. */
@QuarkusTest
class ForumAccessTest {

    @Test
    void aMemberOfCohortACannotReadOrPostInCohortBsForum() {
        DiscussionFixture.TwoCohorts two = DiscussionFixture.TwoCohorts.create();
        TestCohort a = two.a();
        TestPerson memberA = two.memberA();
        TestPerson memberB = two.memberB();
        Session coordinatorA = two.coordinatorA();
        Session coordinatorB = two.coordinatorB();
        long forumA = two.forumA();
        // Coordinator B does not create forums in cohort A.
        coordinatorB.given().contentType(ContentType.JSON)
                .body("{\"cohortId\":" + a.id() + ",\"kind\":\"general\",\"title\":\"Intruder\"}")
                .post("/api/discussion/forums").then().statusCode(403);

        Session a1 = Sessions.as(memberA);
        long thread = DiscussionFixture.thread(a1, forumA, "Our school's plan", "Shared among cohort A.");
        a1.given().accept("text/html").get("/discussion/cohorts/{code}", a.code()).then().statusCode(200)
                .body(containsString("Cohort A talk"));

        Session b1 = Sessions.as(memberB);
        b1.given().accept("text/html").get("/discussion/cohorts/{code}", a.code()).then().statusCode(403);
        b1.given().accept("text/html").get("/discussion/forums/{id}", forumA).then().statusCode(403)
                .body(not(containsString("Our school's plan")));
        b1.given().get("/api/discussion/forums/{id}", forumA).then().statusCode(403);
        b1.given().get("/api/discussion/threads/{id}", thread).then().statusCode(403)
                .body(not(containsString("Shared among cohort A")));
        b1.given().contentType(ContentType.JSON).body("{\"body\":\"Hello from B\"}")
                .post("/api/discussion/threads/{id}/replies", thread).then().statusCode(403);
        coordinatorB.given().get("/api/discussion/threads/{id}", thread).then().statusCode(403);
        coordinatorA.given().get("/api/discussion/threads/{id}", thread).then().statusCode(200)
                .body(containsString("Shared among cohort A"));
    }

    @Test
    void aCourseForumIsForThePeopleEnrolledAndItsStaff() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Lesson 2", "Who has tried the group task?");
        Session outsider = Sessions.as(aPerson().create());
        outsider.given().accept("text/html").get("/discussion/forums/{id}", forum).then().statusCode(403);
        outsider.given().accept("text/html").get("/discussion/threads/{id}", thread).then().statusCode(403)
                .body(not(containsString("group task")));
        outsider.given().get("/api/discussion/courses/{id}/forums", f.course.id()).then().statusCode(403);
        outsider.given().contentType(ContentType.JSON).body("{\"title\":\"x\",\"body\":\"y\"}")
                .post("/api/discussion/forums/{id}/threads", forum).then().statusCode(403);
        io.restassured.RestAssured.given().redirects().follow(false).accept("text/html")
                .get("/discussion/threads/{id}", thread).then().statusCode(303);

        f.otherSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then().statusCode(200)
                .body(containsString("group task"));
        f.staff.given().accept("text/html").get("/discussion/courses/{code}", f.course.code()).then().statusCode(200)
                .body(containsString("/discussion/forums/" + forum));
        // A module's forum is one of the course's; a module of another course is refused.
        long module = f.course.modules().get(0).id();
        long moduleForum = DiscussionFixture.forum(f.staff, "{\"courseId\":" + f.course.id() + ",\"moduleId\":" + module
                + ",\"kind\":\"questions\",\"title\":\"Module 1 questions\"}");
        long foreignModule = org.surgalt.testsupport.CourseBuilder.aCourse().withModules(1).create().modules().get(0).id();
        f.staff.given().contentType(ContentType.JSON).body("{\"courseId\":" + f.course.id() + ",\"moduleId\":"
                + foreignModule + ",\"title\":\"Elsewhere\"}").post("/api/discussion/forums").then().statusCode(400);
        f.otherSession.given().get("/api/discussion/courses/{id}/forums", f.course.id()).then().statusCode(200)
                .body("find { it.id == " + moduleForum + " }.moduleId", org.hamcrest.Matchers.equalTo((int) module));
        outsider.given().get("/api/discussion/forums/{id}", moduleForum).then().statusCode(403);
        // A learner sees the forums but not the form that creates one.
        String learnerList = f.otherSession.given().accept("text/html").get("/discussion/courses/{code}", f.course.code())
                .then().statusCode(200).extract().asString();
        assertTrue(learnerList.contains("/discussion/forums/" + forum), learnerList);
        assertFalse(learnerList.contains("name=\"kind\""), "a learner has no form to create a forum");
    }

    @Test
    void hiddenPostsNeverReachLearnersOnPagesOrJson() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Visible thread", "The question.");
        long reply = DiscussionFixture.reply(f.otherSession, thread, "Rude words here");
        f.staff.given().contentType(ContentType.JSON).body("{\"reason\":\"Insults another teacher\"}")
                .post("/api/discussion/posts/{id}/hide", reply).then().statusCode(200);
        long hiddenThread = DiscussionFixture.thread(f.otherSession, forum, "Spam thread", "Buy now");
        long opening = ((Number) f.staff.given().get("/api/discussion/threads/{id}", hiddenThread).then()
                .extract().path("posts[0].id")).longValue();
        f.staff.given().contentType(ContentType.JSON).body("{\"reason\":\"Advertising\"}")
                .post("/api/discussion/posts/{id}/hide", opening).then().statusCode(200);

        for (Session learner : new Session[] { f.askerSession, f.otherSession }) {
            learner.given().accept("text/html").get("/discussion/threads/{id}", thread).then().statusCode(200)
                    .body(containsString("The question.")).body(not(containsString("Rude words")))
                    .body(not(containsString("Insults another teacher")));
            learner.given().get("/api/discussion/threads/{id}", thread).then().statusCode(200)
                    .body(not(containsString("Rude words")));
            learner.given().accept("text/html").get("/discussion/forums/{id}", forum).then().statusCode(200)
                    .body(containsString("Visible thread")).body(not(containsString("Spam thread")));
            learner.given().get("/api/discussion/forums/{id}", forum).then().statusCode(200)
                    .body(not(containsString("Spam thread")));
            learner.given().get("/api/discussion/threads/{id}", hiddenThread).then().statusCode(404)
                    .body(not(containsString("Buy now")));
        }
        // The replies count of the visible thread leaves the hidden reply out for learners.
        assertEquals(0, (Integer) f.askerSession.given().get("/api/discussion/forums/{id}", forum).then()
                .extract().path("threads.find { it.id == " + thread + " }.replies"));
        // Staff see what was hidden, and why.
        f.staff.given().accept("text/html").get("/discussion/threads/{id}", thread).then().statusCode(200)
                .body(containsString("Rude words")).body(containsString("Insults another teacher"));
    }
}
