package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The moderators' list of reported posts: who sees which reports, hiding and dismissing from it,
 * with the reporter's reason kept beside the moderator's, and audited.
 */
@QuarkusTest
class ReportsPageTest {

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery(sql).setParameter(1, id).getResultList());
    }

    private static long reportOf(long postId) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class)
                .get().createNativeQuery("SELECT MAX(id) FROM forum_report WHERE post_id = ?1").setParameter(1, postId)
                .getSingleResult())).longValue();
    }

    @Test
    void moderatorsSeeTheirForumsReportsAndDismissOneWithItsReasonsKept() {
        DiscussionFixture f = new DiscussionFixture();
        org.surgalt.testsupport.CohortBuilder.sql("UPDATE app_user SET display_name = 'Reporting Asker' WHERE id = ?1",
                f.asker.id());
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Lesson plans", "Share yours");
        long reply = DiscussionFixture.reply(f.otherSession, thread, "Buy cheap essays at example.test");
        f.askerSession.form().formParam("reason", "Advertising <b>spam</b>").post("/discussion/posts/{id}/report", reply)
                .then().statusCode(303);
        long report = reportOf(reply);

        f.staff.given().accept("text/html").get("/discussion/reports").then().statusCode(200)
                .body(containsString("Advertising &lt;b&gt;spam&lt;/b&gt;"))
                .body(containsString("Buy cheap essays at example.test"))
                .body(containsString("Reporting Asker"))
                .body(containsString("/discussion/reports/" + report + "/dismiss"))
                .body(containsString("/discussion/threads/" + thread + "#post-" + reply));
        f.staff.given().get("/api/discussion/reports").then().statusCode(200)
                .body("find { it.id == " + report + " }.reason", org.hamcrest.Matchers.equalTo("Advertising <b>spam</b>"));
        // Readers who do not moderate see no report, and cannot resolve one.
        f.otherSession.given().accept("text/html").get("/discussion/reports").then().statusCode(200)
                .body(not(containsString("Buy cheap essays")));
        f.otherSession.given().get("/api/discussion/reports").then().statusCode(200).body("$", hasSize(0));
        f.otherSession.form().formParam("reason", "mine").post("/discussion/reports/{id}/dismiss", report).then()
                .statusCode(404);

        // A reason is required: the page comes back with the error, the report still open.
        f.staff.form().formParam("reason", " ").post("/discussion/reports/{id}/dismiss", report).then()
                .statusCode(400).body(containsString("Buy cheap essays"));
        f.staff.form().formParam("reason", "A real shop the lesson mentions").post("/discussion/reports/{id}/dismiss",
                report).then().statusCode(303);
        Object[] resolved = rows("SELECT reason, resolution, resolution_reason, resolved_by FROM forum_report "
                + "WHERE id = ?1", report).get(0);
        assertEquals("Advertising <b>spam</b>", resolved[0]);
        assertEquals("DISMISSED", resolved[1]);
        assertEquals("A real shop the lesson mentions", resolved[2]);
        assertEquals(f.author.id(), ((Number) resolved[3]).longValue());
        List<Object[]> audit = rows("SELECT actor_id, target_user_id, detail FROM audit_event "
                + "WHERE action = 'report.dismiss' AND object_id = ?1", Long.toString(report));
        assertEquals(1, audit.size());
        assertEquals(f.asker.id(), ((Number) audit.get(0)[1]).longValue());
        f.staff.given().get("/api/discussion/reports").then().body("id", not(org.hamcrest.Matchers.hasItem((int) report)));
        // Resolved once is resolved.
        f.staff.given().contentType(ContentType.JSON).body("{\"reason\":\"again\"}")
                .post("/api/discussion/reports/{id}/dismiss", report).then().statusCode(409);
        f.otherSession.given().get("/api/discussion/threads/{id}", thread).then()
                .body(containsString("Buy cheap essays"));
    }

    @Test
    void hidingFromTheListResolvesEveryOpenReportOfThePostAndHidesIt() {
        DiscussionFixture f = new DiscussionFixture();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Topic", "Opening");
        long reply = DiscussionFixture.reply(f.otherSession, thread, "Rude words here");
        f.askerSession.given().contentType(ContentType.JSON).body("{\"reason\":\"Rude\"}")
                .post("/api/discussion/posts/{id}/report", reply).then().statusCode(200);
        long first = reportOf(reply);
        f.staff.given().contentType(ContentType.JSON).body("{\"reason\":\"Rude, hidden\"}")
                .post("/api/discussion/reports/{id}/hide", first).then().statusCode(200)
                .body("resolution", org.hamcrest.Matchers.equalTo("hidden"))
                .body("reason", org.hamcrest.Matchers.equalTo("Rude"));
        assertEquals("Rude, hidden", rows("SELECT detail, actor_id FROM audit_event WHERE action = 'post.hide' AND object_id = ?1",
                Long.toString(reply)).get(0)[0]);
        f.otherSession.given().get("/api/discussion/threads/{id}", thread).then().body(not(containsString("Rude words")));
        assertEquals(0, rows("SELECT id FROM forum_report WHERE post_id = ?1 AND resolved_at IS NULL", reply).size());
    }

    @Test
    void aCohortsReportsAreItsCoordinatorsNotAnotherCohorts() {
        DiscussionFixture.TwoCohorts c = DiscussionFixture.TwoCohorts.create();
        var member = org.surgalt.testsupport.Sessions.as(c.memberA());
        long thread = DiscussionFixture.thread(c.coordinatorA(), c.forumA(), "Cohort topic", "Hello");
        long reply = DiscussionFixture.reply(member, thread, "Cohort A secret words");
        member.form().formParam("reason", "Off topic").post("/discussion/posts/{id}/report", reply).then().statusCode(303);
        c.coordinatorA().given().accept("text/html").get("/discussion/reports").then()
                .body(containsString("Cohort A secret words"));
        c.coordinatorB().given().accept("text/html").get("/discussion/reports").then()
                .body(not(containsString("Cohort A secret words")));
        c.coordinatorB().form().formParam("reason", "x").post("/discussion/reports/{id}/hide", reportOf(reply)).then()
                .statusCode(404);
    }
}
