package org.surgalt.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** The daily digest: one mail a person and day with the new posts of their digest subscriptions, none per post. */
@QuarkusTest
class DigestTest {

    @Inject
    MockMailbox mailbox;

    @Inject
    JobRunner jobs;

    @Inject
    DailyDigests digests;

    @Test
    void aDigestReaderGetsOneMailADayWithTheNewPostsOnly() {
        DiscussionFixture f = new DiscussionFixture();
        TestPerson mongolian = aPerson().withLocale("mn").enrolledIn(f.course.code()).create();
        long forum = f.forum("general");
        Sessions.as(mongolian).form().formParam("mode", "digest")
                .post("/discussion/forums/{id}/subscribe", forum).then().statusCode(303);
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Week two", "Quiz **tips**?");
        DiscussionFixture.reply(f.otherSession, thread, "Read module two first.");
        long hidden = DiscussionFixture.reply(f.otherSession, thread, "Spam");
        f.staff.form().formParam("reason", "Advertising").post("/discussion/posts/{id}/hide", hidden).then()
                .statusCode(303);
        while (jobs.runDue("test", 50) > 0) {
            // the per-post mails: none for a digest reader
        }
        assertEquals(List.of(), mailbox.getMailsSentTo(mongolian.email()));

        Instant today = Instant.now();
        digests.send(today);
        digests.send(today);
        List<Mail> mails = mailbox.getMailsSentTo(mongolian.email());
        assertEquals(1, mails.size(), "once a day, however often it runs");
        assertEquals("Хэлэлцүүлэг: 2 шинэ бичлэг", mails.get(0).getSubject());
        String text = mails.get(0).getText();
        assertTrue(text.contains("Quiz **tips**?") && text.contains("Read module two first.")
                && !text.contains("Spam") && text.contains("/discussion/unsubscribe/"), text);

        DiscussionFixture.reply(f.askerSession, thread, "Thanks!");
        digests.send(today);
        assertEquals(1, mailbox.getMailsSentTo(mongolian.email()).size(), "tomorrow's digest has it");
        digests.send(today.plus(Duration.ofDays(1)));
        mails = mailbox.getMailsSentTo(mongolian.email());
        assertEquals(2, mails.size());
        assertTrue(mails.get(1).getText().contains("Thanks!") && !mails.get(1).getText().contains("Quiz **tips**?"),
                mails.get(1).getText());
        while (jobs.runDue("test", 50) > 0) {
            // the per-post mails of "Thanks!"
        }
        assertEquals(1, mailbox.getMailsSentTo(f.asker.email()).size(),
                "the asker follows the thread with each post: the visible reply, neither the hidden one nor their own");
    }
}
