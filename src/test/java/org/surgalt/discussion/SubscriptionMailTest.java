package org.surgalt.discussion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** Following forums and threads by mail: each post once to each subscriber who may read it, and a way out without signing in. */
@QuarkusTest
class SubscriptionMailTest {

    private static final Pattern STOP = Pattern.compile("https?://\\S+(/discussion/unsubscribe/(\\S+))");

    @Inject
    MockMailbox mailbox;

    @Inject
    JobRunner jobs;

    @Inject
    PostMails postMails;

    private void runJobs() {
        while (jobs.runDue("test", 50) > 0) {
            // until none is due
        }
    }

    @Test
    void aPostThatNobodyElseFollowsQueuesNoMailJob() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Alone", "Only the author follows this.");
        assertEquals(0, mailJobs(number("SELECT MIN(id) FROM forum_post WHERE thread_id = ?1", thread)),
                "the author alone follows their thread: no job");

        long reply = DiscussionFixture.reply(f.otherSession, thread, "Now the asker hears of it.");
        assertEquals(1, mailJobs(reply), "the asker follows it: one job");
        runJobs();
    }

    private static long mailJobs(long postId) {
        return number("SELECT COUNT(*) FROM job WHERE kind = ?1 AND payload = ?2", PostMails.JOB,
                "{\"post\":" + postId + "}");
    }

    private static long number(String select, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = Arc.container().instance(EntityManager.class).get().createNativeQuery(select);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static void subscribeForm(Session who, String path, String mode) {
        who.form().formParam("mode", mode).post(path).then().statusCode(303);
    }

    @Test
    void eachPostIsMailedOnceToEachSubscriberInTheirLanguageButNotToItsAuthor() {
        DiscussionFixture f = new DiscussionFixture();
        TestPerson mongolian = aPerson().withLocale("mn").enrolledIn(f.course.code()).create();
        long forum = f.forum("general");
        subscribeForm(Sessions.as(mongolian), "/discussion/forums/" + forum + "/subscribe", "post");
        f.otherSession.given().contentType(ContentType.JSON).body("{\"mode\":\"post\"}")
                .put("/api/discussion/forums/{id}/subscription", forum).then().statusCode(200)
                .body("subscribed", equalTo(true)).body("mode", equalTo("POST"));
        Sessions.as(mongolian).given().accept("text/html").get("/discussion/forums/{id}", forum).then().statusCode(200)
                .body(containsString("Дагахаа болих"));

        long thread = DiscussionFixture.thread(f.askerSession, forum, "Week one", "Where do I **start**?");
        // Starting a thread follows it.
        f.askerSession.given().get("/api/discussion/threads/{id}/subscription", thread).then().statusCode(200)
                .body("subscribed", equalTo(true)).body("mode", equalTo("POST"));
        runJobs();

        List<Mail> mn = mailbox.getMailsSentTo(mongolian.email());
        assertEquals(1, mn.size());
        assertEquals("\"Week one\" сэдэвт шинэ бичлэг", mn.get(0).getSubject());
        assertTrue(mn.get(0).getText().contains("Where do I **start**?")
                && mn.get(0).getText().contains("/discussion/threads/" + thread), mn.get(0).getText());
        List<Mail> en = mailbox.getMailsSentTo(f.other.email());
        assertEquals(1, en.size());
        assertEquals("New post in \"Week one\"", en.get(0).getSubject());
        assertEquals(List.of(), mailbox.getMailsSentTo(f.asker.email()), "not to its author");

        long reply = DiscussionFixture.reply(f.otherSession, thread, "Module one.");
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(f.asker.email()).size(), "the asker follows the thread they started");
        assertEquals(1, mailbox.getMailsSentTo(f.other.email()).size(), "not their own reply");
        assertEquals(2, mailbox.getMailsSentTo(mongolian.email()).size());

        // Once per post and person, however often the job runs.
        assertEquals(0, postMails.send(reply));
        assertEquals(2, mailbox.getMailsSentTo(mongolian.email()).size());

        // A digest reader is not mailed each post.
        f.otherSession.given().contentType(ContentType.JSON).body("{\"mode\":\"digest\"}")
                .put("/api/discussion/threads/{id}/subscription", thread).then().statusCode(200)
                .body("mode", equalTo("DIGEST"));
        DiscussionFixture.reply(f.askerSession, thread, "Thanks.");
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(f.other.email()).size());
        assertEquals(3, mailbox.getMailsSentTo(mongolian.email()).size());
    }

    @Test
    void aHiddenPostIsMailedToNobody() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        subscribeForm(f.otherSession, "/discussion/forums/" + forum + "/subscribe", "post");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Spam", "Buy now");
        long reply = DiscussionFixture.reply(f.askerSession, thread, "Buy more");
        long opening = ((Number) f.staff.given().get("/api/discussion/threads/{id}", thread).then().statusCode(200)
                .extract().path("posts[0].id")).longValue();
        for (long post : List.of(opening, reply)) {
            f.staff.form().formParam("reason", "Advertising").post("/discussion/posts/{id}/hide", post).then()
                    .statusCode(303);
        }
        runJobs();
        assertEquals(List.of(), mailbox.getMailsSentTo(f.other.email()));
    }

    @Test
    void aCohortBPersonIsNeverMailedCohortAsPosts() {
        DiscussionFixture.TwoCohorts two = DiscussionFixture.TwoCohorts.create();
        TestPerson memberA = two.memberA();
        TestPerson memberB = two.memberB();
        Session coordinatorA = two.coordinatorA();
        long forumA = two.forumA();
        subscribeForm(Sessions.as(memberA), "/discussion/forums/" + forumA + "/subscribe", "post");
        Sessions.as(memberB).form().formParam("mode", "post").post("/discussion/forums/{id}/subscribe", forumA).then()
                .statusCode(403);
        // Even a subscription left from earlier (say they moved cohorts) mails nothing they may no longer read.
        CohortBuilder.sql("INSERT INTO forum_subscription (user_id, forum_id) VALUES (?1, ?2)", memberB.id(), forumA);

        DiscussionFixture.thread(coordinatorA, forumA, "Our plan", "Shared among cohort A.");
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(memberA.email()).size());
        assertEquals(List.of(), mailbox.getMailsSentTo(memberB.email()));
    }

    @Test
    void theMailsLinkUnsubscribesWithoutSigningInAndAForgedOneDoesNothing() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        subscribeForm(f.otherSession, "/discussion/forums/" + forum + "/subscribe", "post");
        DiscussionFixture.thread(f.askerSession, forum, "First", "Hello");
        runJobs();
        Matcher link = STOP.matcher(mailbox.getMailsSentTo(f.other.email()).get(0).getText());
        assertTrue(link.find());
        String path = link.group(1);
        String token = link.group(2);

        String csrf = Sessions.csrfToken();
        for (String forged : List.of(token + "x", "1." + token.substring(token.indexOf('.') + 1), "nothing")) {
            given().accept("text/html").get("/discussion/unsubscribe/" + forged).then().statusCode(404);
            given().redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf)
                    .contentType(ContentType.URLENC).formParam("_csrf", csrf).post("/discussion/unsubscribe/" + forged)
                    .then().statusCode(404);
        }
        f.otherSession.given().get("/api/discussion/forums/{id}/subscription", forum).then()
                .body("subscribed", equalTo(true));

        // Opening it only asks: mail scanners open links.
        given().accept("text/html").get(path).then().statusCode(200).body(containsString("Stop this mail"))
                .body(containsString("Forum general"));
        f.otherSession.given().get("/api/discussion/forums/{id}/subscription", forum).then()
                .body("subscribed", equalTo(true));
        given().redirects().follow(false).cookie(Sessions.CSRF_COOKIE, csrf).queryParam("_csrf", csrf)
                .contentType(ContentType.URLENC).formParam("_csrf", csrf).post(path).then().statusCode(303);
        f.otherSession.given().get("/api/discussion/forums/{id}/subscription", forum).then()
                .body("subscribed", equalTo(false));

        DiscussionFixture.thread(f.askerSession, forum, "Second", "Again");
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(f.other.email()).size());
    }
}
