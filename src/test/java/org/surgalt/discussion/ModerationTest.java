package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** Reports, hiding, locking and moving, each with its reason kept and audited; the posting rate. */
@QuarkusTest
class ModerationTest {

    @SuppressWarnings("unchecked")
    private static List<Object[]> audit(String action, String objectId) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT actor_id, target_user_id, detail, before_state, after_state FROM audit_event "
                        + "WHERE action = ?1 AND object_id = ?2 ORDER BY id").setParameter(1, action)
                .setParameter(2, objectId).getResultList());
    }

    @Test
    void aReaderReportsAndStaffHideAndShowAgainEachWithItsReasonAudited() {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Topic", "Opening");
        long reply = DiscussionFixture.reply(f.otherSession, thread, "Off-topic advert");
        f.askerSession.form().formParam("reason", "Advertising").post("/discussion/posts/{id}/report", reply).then()
                .statusCode(303);
        assertEquals("Advertising", audit("post.report", Long.toString(reply)).get(0)[2]);
        Object reason = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT reason FROM forum_report WHERE post_id = ?1").setParameter(1, reply)
                .getSingleResult());
        assertEquals("Advertising", reason);

        // A learner does not hide; staff do, and must say why.
        f.askerSession.form().formParam("reason", "I don't like it").post("/discussion/posts/{id}/hide", reply).then()
                .statusCode(403);
        f.staff.given().contentType(ContentType.JSON).body("{}").post("/api/discussion/posts/{id}/hide", reply).then()
                .statusCode(400);
        f.staff.form().formParam("reason", "Advertising, reported").post("/discussion/posts/{id}/hide", reply).then()
                .statusCode(303);
        List<Object[]> hidden = audit("post.hide", Long.toString(reply));
        assertEquals(1, hidden.size());
        assertEquals(f.author.id(), ((Number) hidden.get(0)[0]).longValue());
        assertEquals(f.other.id(), ((Number) hidden.get(0)[1]).longValue());
        assertEquals("Advertising, reported", hidden.get(0)[2]);
        assertTrue(((String) hidden.get(0)[4]).contains("\"hidden\":true"));
        // The author of a hidden post does not see it either, nor report it again.
        f.otherSession.given().get("/api/discussion/threads/{id}", thread).then()
                .body(org.hamcrest.Matchers.not(containsString("Off-topic advert")));
        f.otherSession.form().formParam("reason", "x").post("/discussion/posts/{id}/report", reply).then()
                .statusCode(404);

        f.staff.form().formParam("reason", "It was a real link").post("/discussion/posts/{id}/unhide", reply).then()
                .statusCode(303);
        assertEquals("It was a real link", audit("post.unhide", Long.toString(reply)).get(0)[2]);
        f.otherSession.given().get("/api/discussion/threads/{id}", thread).then().body(containsString("Off-topic advert"));
    }

    @Test
    void lockingAndMovingAreAuditedAndAThreadMovesOnlyWithinItsCourse() {
        DiscussionFixture f = new DiscussionFixture();
        long general = f.forum("general");
        long questions = f.forum("questions");
        long thread = DiscussionFixture.thread(f.askerSession, general, "Which lesson plan template?", "Asking.");
        f.staff.form().formParam("locked", "true").formParam("reason", "Answered elsewhere")
                .post("/discussion/threads/{id}/lock", thread).then().statusCode(303);
        assertEquals("Answered elsewhere", audit("thread.lock", Long.toString(thread)).get(0)[2]);
        f.staff.given().contentType(ContentType.JSON).body("{\"reason\":\"Reopened\",\"value\":false}")
                .post("/api/discussion/threads/{id}/lock", thread).then().statusCode(200).body("locked",
                        org.hamcrest.Matchers.equalTo(false));
        assertEquals("Reopened", audit("thread.unlock", Long.toString(thread)).get(0)[2]);

        Course elsewhere = aCourse().withModules(1).create();
        Session otherAuthor = Sessions.as(aPerson().withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, elsewhere.id())).create());
        long foreign = DiscussionFixture.forum(otherAuthor,
                "{\"courseId\":" + elsewhere.id() + ",\"kind\":\"general\",\"title\":\"Elsewhere\"}");
        f.staff.form().formParam("forumId", foreign).formParam("reason", "Wrong course")
                .post("/discussion/threads/{id}/move", thread).then().statusCode(400);
        f.askerSession.form().formParam("forumId", questions).formParam("reason", "Mine")
                .post("/discussion/threads/{id}/move", thread).then().statusCode(403);
        f.staff.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .body(containsString("<option value=\"" + questions + "\">"));
        f.staff.form().formParam("forumId", questions).formParam("reason", "It is a question")
                .post("/discussion/threads/{id}/move", thread).then().statusCode(303);
        Object[] moved = audit("thread.move", Long.toString(thread)).get(0);
        assertEquals("It is a question", moved[2]);
        assertTrue(((String) moved[3]).contains("\"forum\":" + general) && ((String) moved[4]).contains("\"forum\":" + questions));
        f.askerSession.given().get("/api/discussion/forums/{id}", questions).then()
                .body(containsString("Which lesson plan template?"));
    }

    @Test
    void aPersonPostingTooFastIsRefusedWith429InTheirLanguage() {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Fast", "Go");
        Session mn = Sessions.as(aPerson().withLocale("mn").enrolledIn(f.course.code()).create());
        int limit = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("surgalt.discussion.posts-per-minute", Integer.class);
        for (int i = 0; i < limit; i++) {
            DiscussionFixture.reply(mn, thread, "Reply " + i);
        }
        mn.form().contentType("application/x-www-form-urlencoded; charset=UTF-8").cookie("lang", "mn")
                .header("Accept-Language", "mn").formParam("body", "One too many")
                .post("/discussion/threads/{id}/replies", thread).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("нэг минут хүлээгээд")).body(containsString("One too many"));
        mn.given().contentType(ContentType.JSON).header("Accept-Language", "mn").body("{\"body\":\"Again\"}")
                .post("/api/discussion/threads/{id}/replies", thread).then().statusCode(429)
                .contentType(containsString("application/problem+json"));
        // Someone else is not held back by that person's pace.
        DiscussionFixture.reply(f.otherSession, thread, "My own pace");
    }
}
