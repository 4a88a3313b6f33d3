package org.surgalt.discussion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;

/**
 * The discussion pages in a real browser, without script, each checked with axe and weighed
 * against the page budget ({@link Journey}): a course's forums (with the module forum form), a
 * forum, a thread of 200 replies paged, the moderators' reported posts (where the moderator hides
 * one), and a learner's thread page and search. The 200 replies are written straight into the
 * database, so they queue no mail job each.
 */
@QuarkusTest
class DiscussionPagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aModeratorReadsALongThreadPageByPageAndHidesAReportedPost() {
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Two hundred replies", "Let us count.");
        DiscussionFixture.manyReplies(thread, f.other.id(), 200);
        // By the asker: the 200 replies used up the other learner's posting rate.
        long reported = DiscussionFixture.reply(f.askerSession, thread, "An advert for essays");
        f.otherSession.form().formParam("reason", "Advertising").post("/discussion/posts/{id}/report", reported).then()
                .statusCode(303);
        Journey journey = Journey.of(browser, "discussion-moderator");
        Page page = browser.signIn(f.author);

        journey.step("course-forums", () -> {
            page.navigate("/discussion/courses/" + f.course.code());
            assertTrue(page.isVisible("#moduleId"));
        });
        journey.step("forum", () -> {
            page.navigate("/discussion/forums/" + forum);
            assertTrue(page.textContent("main").contains("Two hundred replies"));
        });
        journey.step("thread-page-1", () -> {
            page.waitForNavigation(() -> page.click("a[href='/discussion/threads/" + thread + "']"));
            assertTrue(page.textContent("main").contains("Reply number 1 "));
            assertFalse(page.textContent("main").contains("Reply number 200 "));
        });
        journey.step("thread-page-2", () -> {
            page.waitForNavigation(() -> page.click("a[rel=next]"));
            assertTrue(page.url().contains("page=2"), page.url());
        });
        journey.step("reports", () -> {
            page.navigate("/discussion/forums/" + forum);
            page.waitForNavigation(() -> page.click("a[href='/discussion/reports']"));
            assertTrue(page.textContent("main").contains("An advert for essays"));
            assertTrue(page.textContent("main").contains("Advertising"));
        });
        journey.step("report-hidden", () -> {
            page.fill("main form[action*='/hide'] input[name=reason]", "Advertising, hidden");
            page.waitForNavigation(() -> page.click("main form[action*='/hide'] button[type=submit]"));
            assertTrue(page.url().endsWith("/discussion/reports"), page.url());
            assertFalse(page.textContent("main").contains("An advert for essays"));
        });
    }

    @Test
    void aLearnerReadsAThreadAndTheSearchFindsItsPosts() {
        DiscussionFixture f = new DiscussionFixture();
        String word = "zuragtai" + System.nanoTime() % 1_000_000;
        long thread = DiscussionFixture.thread(f.staff, f.forum("general"), "Welcome", "Say hello " + word);
        Journey journey = Journey.of(browser, "discussion-learner");
        Page page = browser.signIn(f.asker);
        journey.step("thread", () -> {
            page.navigate("/discussion/threads/" + thread);
            assertTrue(page.isVisible("textarea#body"));
        });
        journey.step("search", () -> {
            page.navigate("/search?q=" + word);
            assertTrue(page.isVisible("ol.results a[href^='/discussion/threads/" + thread + "#post-']"), page.content());
        });
    }
}
