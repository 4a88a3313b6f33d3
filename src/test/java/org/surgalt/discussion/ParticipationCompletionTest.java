package org.surgalt.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.progress.ProgressService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Publishing;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** Start N threads and write N replies in an item's forum: the item's SUBMITTED fact, once, counted by progress. */
@QuarkusTest
class ParticipationCompletionTest {

    private static long facts(long userId, long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1 AND item_id = ?2 "
                        + "AND kind = 'SUBMITTED' AND source = 'discussion'").setParameter(1, userId)
                .setParameter(2, itemId).getSingleResult()).longValue());
    }

    private static boolean complete(long userId, Course course, long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CourseService courses = Arc.container().instance(CourseService.class).get();
            var version = courses.currentVersion(courses.course(course.id())).orElseThrow();
            return Arc.container().instance(ProgressService.class).get().of(userId, version).isComplete(itemId);
        });
    }

    @Test
    void oneThreadAndTwoRepliesCompleteTheItemOnceAndRepliesAloneDoNot() {
        Course course = aCourse().withModules(1).withItemsPerModule(1).asDraft().create();
        long moduleId = course.modules().get(0).id();
        long itemId = course.modules().get(0).items().get(0).id();
        Session author = Sessions.as(aPerson().withLocale("en").withRole(Role.AUTHOR)
                .withGrant(Grant.course(Role.AUTHOR, course.id())).create());
        author.given().contentType(ContentType.JSON).body(Map.of("version", 0, "title", Map.of("en", "Discuss"),
                "body", Map.of("en", "Start a thread and answer two colleagues."), "completion", "submitted"))
                .put("/api/courses/{c}/modules/{m}/items/{i}", course.id(), moduleId, itemId).then().statusCode(200);
        Publishing.publish(author, course.id());
        // The item must be the course's, and taking part needs a number.
        Course other = aCourse().withModules(1).create();
        author.given().contentType(ContentType.JSON).body(Map.of("courseId", course.id(), "title", "x",
                "itemId", other.modules().get(0).items().get(0).id(), "repliesRequired", 1))
                .post("/api/discussion/forums").then().statusCode(400);
        author.given().contentType(ContentType.JSON).body(Map.of("courseId", course.id(), "title", "x", "itemId", itemId))
                .post("/api/discussion/forums").then().statusCode(400);
        long forum = DiscussionFixture.forum(author, "{\"courseId\":" + course.id() + ",\"kind\":\"general\","
                + "\"title\":\"Lesson plans\",\"itemId\":" + itemId + ",\"threadsRequired\":1,\"repliesRequired\":2}");

        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        TestPerson replier = aPerson().enrolledIn(course.code()).create();
        Session l = Sessions.as(learner);
        Session r = Sessions.as(replier);
        long thread = DiscussionFixture.thread(l, forum, "My plan", "Here it is.");
        DiscussionFixture.reply(l, thread, "First reply");
        assertEquals(0, facts(learner.id(), itemId), "one thread, one reply: not yet");
        assertFalse(complete(learner.id(), course, itemId));
        long second = DiscussionFixture.reply(l, thread, "Second reply");
        assertEquals(1, facts(learner.id(), itemId));
        assertTrue(complete(learner.id(), course, itemId));
        DiscussionFixture.reply(l, thread, "Third reply");
        assertEquals(1, facts(learner.id(), itemId), "recorded as the count is reached, not at every post after");

        DiscussionFixture.reply(r, thread, "Reply one");
        DiscussionFixture.reply(r, thread, "Reply two");
        DiscussionFixture.reply(r, thread, "Reply three");
        assertEquals(0, facts(replier.id(), itemId), "replies without a thread of one's own do not complete it");
        assertFalse(complete(replier.id(), course, itemId));
        assertTrue(second > 0);
    }
}
