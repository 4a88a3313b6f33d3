package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** @mentions: only of people who may read the forum, shown as their (escaped) name, one mail each in their language. */
@QuarkusTest
class MentionTest {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    MockMailbox mailbox;

    @Inject
    JobRunner jobs;

    private void runJobs() {
        while (jobs.runDue("test", 50) > 0) {
            // until none is due
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(String sql, long id) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((List<Number>) io.quarkus.arc.Arc
                .container().instance(jakarta.persistence.EntityManager.class).get().createNativeQuery(sql + " ORDER BY 1")
                .setParameter(1, id).getResultList()).stream().map(Number::longValue).toList());
    }

    private static String handle(String name) {
        return name + UNIQUE.incrementAndGet();
    }

    @Test
    void aReaderMentionedIsNamedOnThePageAndMailedOnceOthersAreLeftAsWritten() {
        DiscussionFixture f = new DiscussionFixture();
        String mentioned = handle("saraa.bold");
        String outsiderHandle = handle("outsider");
        TestPerson reader = aPerson().withLocale("mn").withEmail(mentioned + "@school.test")
                .withName("Сараа <img src=x onerror=alert(1)> *Болд*").enrolledIn(f.course.code()).create();
        TestPerson outsider = aPerson().withEmail(outsiderHandle + "@school.test").create();
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Field trip", "Who comes?");
        long reply = DiscussionFixture.reply(f.otherSession, thread, "Ask @" + mentioned + ". And @" + outsiderHandle
                + ", write to " + mentioned + "@school.test or @nobody-" + UNIQUE.incrementAndGet());

        assertEquals(List.of(reader.id()), longs("SELECT user_id FROM forum_mention WHERE post_id = ?1",
                reply));
        String page = f.askerSession.given().accept("text/html").get("/discussion/threads/{id}", thread).then()
                .statusCode(200).extract().asString();
        // The sanitiser writes '@' and '=' as character references.
        assertTrue(page.contains("<strong>&#64;Сараа &lt;img src&#61;x onerror&#61;alert(1)&gt; *Болд*</strong>"), page);
        assertTrue(!page.contains("<img src=x"), "the name is text, never markup");
        assertTrue(page.contains("And &#64;" + outsiderHandle + ","), "a person who may not read the forum stays as written");

        runJobs();
        List<Mail> mails = mailbox.getMailsSentTo(reader.email());
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).getSubject().contains("Field trip"), mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("/discussion/threads/" + thread + "#post-" + reply));
        assertTrue(mails.get(0).getText().contains("Сайн байна уу"), "in the reader's language");
        assertTrue(!mails.get(0).getText().contains("write to"), "the mail does not quote the post");
        assertEquals(List.of(), mailbox.getMailsSentTo(outsider.email()));

        // Editing the post to name them again does not mail again; a new name is mailed once.
        TestPerson second = aPerson().withEmail(handle("second") + "@school.test").enrolledIn(f.course.code()).create();
        String secondHandle = second.email().substring(0, second.email().indexOf('@'));
        f.otherSession.given().contentType(ContentType.JSON)
                .body(java.util.Map.of("body", "Ask @" + mentioned + " and @" + secondHandle))
                .put("/api/discussion/posts/{id}", reply).then().statusCode(200);
        runJobs();
        assertEquals(1, mailbox.getMailsSentTo(reader.email()).size());
        assertEquals(1, mailbox.getMailsSentTo(second.email()).size());
        assertEquals(Set.of(reader.id(), second.id()),
                Set.copyOf(longs("SELECT user_id FROM forum_mention WHERE post_id = ?1", reply)));
    }

    @Test
    void aPersonWhoTurnedMentionsOffGetsNoMailAndACohortForumNamesOnlyItsPeople() {
        DiscussionFixture.TwoCohorts c = DiscussionFixture.TwoCohorts.create();
        String aHandle = c.memberA().email().substring(0, c.memberA().email().indexOf('@'));
        String bHandle = c.memberB().email().substring(0, c.memberB().email().indexOf('@'));
        Sessions.as(c.memberA()).form().formParam("kind", "feedback-released")
                .post("/account/notifications").then().statusCode(303);
        long thread = DiscussionFixture.thread(c.coordinatorA(), c.forumA(), "Cohort news", "@" + aHandle + " @" + bHandle);
        long opening = longs("SELECT id FROM forum_post WHERE thread_id = ?1", thread).get(0);
        assertEquals(List.of(c.memberA().id()),
                longs("SELECT user_id FROM forum_mention WHERE post_id = ?1", opening));
        runJobs();
        assertEquals(List.of(), mailbox.getMailsSentTo(c.memberA().email()), "mentions turned off");
        assertEquals(List.of(), mailbox.getMailsSentTo(c.memberB().email()), "not a reader of cohort A's forum");
        Sessions.as(c.memberA()).given().accept("text/html").get("/account/notifications").then()
                .body(containsString("value=\"discussion-mention\"")).body(not(containsString("value=\"discussion-mention\" checked")));
    }
}
