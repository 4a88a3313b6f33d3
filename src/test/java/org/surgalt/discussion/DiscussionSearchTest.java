package org.surgalt.discussion;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/**
 * Site search finds discussion posts and thread titles, for those who may read them only: not for
 * someone outside the course or cohort, never a hidden post, and in a Q&A forum not the others'
 * answers before one's own.
 */
@QuarkusTest
class DiscussionSearchTest {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A word no other test wrote: letters then digits, one token for the FULLTEXT parser. */
    private static String word(String letters) {
        return letters + UNIQUE.incrementAndGet();
    }

    private static JsonPath search(Session who, String q) {
        return who.given().queryParam("q", q).get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void readersFindPostsAndTitlesOutsidersAndHiddenPostsAreNotFound() {
        DiscussionFixture f = new DiscussionFixture();
        String title = word("ulaanbaatar");
        String reply = word("lessonplan");
        String hidden = word("spamword");
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("general"), "Planning " + title, "Opening text");
        long replyId = DiscussionFixture.reply(f.otherSession, thread, "My **" + reply + "** is attached");
        long hiddenId = DiscussionFixture.reply(f.otherSession, thread, "Buy " + hidden);
        f.staff.form().formParam("reason", "Spam").post("/discussion/posts/{id}/hide", hiddenId).then().statusCode(303);

        JsonPath byTitle = search(f.askerSession, title);
        org.hamcrest.MatcherAssert.assertThat(byTitle.getList("posts"), hasSize(1));
        org.hamcrest.MatcherAssert.assertThat(byTitle.getLong("posts[0].threadId"), org.hamcrest.Matchers.is(thread));
        org.hamcrest.MatcherAssert.assertThat(byTitle.getBoolean("posts[0].opening"), org.hamcrest.Matchers.is(true));
        JsonPath byText = search(f.askerSession, reply);
        org.hamcrest.MatcherAssert.assertThat(byText.getList("posts.postId", Long.class), hasItem(replyId));
        org.hamcrest.MatcherAssert.assertThat(byText.getString("posts[0].snippet"), containsString(reply));
        f.askerSession.given().accept("text/html").queryParam("q", reply).get("/search").then().statusCode(200)
                .body(containsString("/discussion/threads/" + thread + "#post-" + replyId));

        // Someone who may not read the course finds nothing; a hidden post is found by nobody, staff included.
        Session outsider = Sessions.as(aPerson().create());
        org.hamcrest.MatcherAssert.assertThat(search(outsider, reply).getList("posts"), hasSize(0));
        org.hamcrest.MatcherAssert.assertThat(search(outsider, title).getList("posts"), hasSize(0));
        outsider.given().accept("text/html").queryParam("q", reply).get("/search").then()
                .body(not(containsString(reply + "</mark>")));
        org.hamcrest.MatcherAssert.assertThat(search(f.askerSession, hidden).getList("posts"), hasSize(0));
        org.hamcrest.MatcherAssert.assertThat(search(f.staff, hidden).getList("posts"), hasSize(0));
    }

    @Test
    void inAQuestionForumTheOthersAnswersAreFoundOnlyAfterOnesOwn() {
        DiscussionFixture f = new DiscussionFixture();
        String answer = word("photosynthesis");
        long thread = DiscussionFixture.thread(f.askerSession, f.forum("questions"), "How do plants eat?", "Asking");
        long answerId = DiscussionFixture.reply(f.askerSession, thread, "I think " + answer);
        // The asker sees answers to their own question; the other learner not before answering.
        org.hamcrest.MatcherAssert.assertThat(search(f.askerSession, answer).getList("posts.postId", Long.class),
                hasItem(answerId));
        org.hamcrest.MatcherAssert.assertThat(search(f.otherSession, answer).getList("posts"), hasSize(0));
        DiscussionFixture.reply(f.otherSession, thread, "My own answer");
        org.hamcrest.MatcherAssert.assertThat(search(f.otherSession, answer).getList("posts.postId", Long.class),
                hasItem(answerId));
    }

    @Test
    void aCohortsPostsAreNotFoundByAnotherCohort() {
        DiscussionFixture.TwoCohorts c = DiscussionFixture.TwoCohorts.create();
        String secret = word("cohortsecret");
        DiscussionFixture.thread(c.coordinatorA(), c.forumA(), "News", "The " + secret + " plan");
        org.hamcrest.MatcherAssert.assertThat(search(Sessions.as(c.memberA()), secret).getList("posts"), hasSize(1));
        org.hamcrest.MatcherAssert.assertThat(search(Sessions.as(c.memberB()), secret).getList("posts"), hasSize(0));
        org.hamcrest.MatcherAssert.assertThat(search(c.coordinatorB(), secret).getList("posts"), hasSize(0));
    }
}
