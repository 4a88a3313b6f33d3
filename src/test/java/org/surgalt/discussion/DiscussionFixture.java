package org.surgalt.discussion;

import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.http.ContentType;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.CohortBuilder.TestCohort;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Sessions.Session;

/** A course with its author and two learners enrolled; forums, threads and replies made through the API. */
final class DiscussionFixture {

    final Course course = aCourse().withModules(1).withItemsPerModule(1).create();
    final TestPerson author = aPerson().withLocale("en").withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, course.id())).create();
    final TestPerson asker = aPerson().withLocale("en").enrolledIn(course.code()).create();
    final TestPerson other = aPerson().withLocale("en").enrolledIn(course.code()).create();
    final Session staff = Sessions.as(author);
    final Session askerSession = Sessions.as(asker);
    final Session otherSession = Sessions.as(other);

    long forum(String kind) {
        return forum(staff, "{\"courseId\":" + course.id() + ",\"kind\":\"" + kind + "\",\"title\":\"Forum " + kind + "\"}");
    }

    static long forum(Session by, String json) {
        return ((Number) by.given().contentType(ContentType.JSON).body(json).post("/api/discussion/forums").then()
                .statusCode(201).extract().path("id")).longValue();
    }

    static long thread(Session by, long forumId, String title, String body) {
        return ((Number) by.given().contentType(ContentType.JSON)
                .body(java.util.Map.of("title", title, "body", body))
                .post("/api/discussion/forums/{id}/threads", forumId).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static long reply(Session by, long threadId, String body) {
        return ((Number) by.given().contentType(ContentType.JSON).body(java.util.Map.of("body", body))
                .post("/api/discussion/threads/{id}/replies", threadId).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    /** Replies written straight into the database: many of them, past the posting rate a person has. */
    static void manyReplies(long threadId, long authorId, int count) {
        for (int i = 1; i <= count; i++) {
            CohortBuilder.sql("INSERT INTO forum_post (thread_id, author_id, opening, body) VALUES (?1, ?2, FALSE, ?3)",
                    threadId, authorId, "Reply number " + i + " with a little **Markdown**.");
        }
        CohortBuilder.sql("UPDATE forum_thread SET last_post_id = (SELECT MAX(id) FROM forum_post WHERE thread_id = ?1) "
                + "WHERE id = ?1", threadId);
    }

    /** Two cohorts with a member each and a coordinator each, and cohort A's forum "Cohort A talk". */
    record TwoCohorts(TestCohort a, TestCohort b, TestPerson memberA, TestPerson memberB, Session coordinatorA,
            Session coordinatorB, long forumA) {

        static TwoCohorts create() {
            TestCohort a = CohortBuilder.aCohort().create();
            TestCohort b = CohortBuilder.aCohort().create();
            TestPerson memberA = aPerson().create();
            TestPerson memberB = aPerson().create();
            a.join(memberA, java.time.Instant.now());
            b.join(memberB, java.time.Instant.now());
            Session coordinatorA = Sessions.as(aPerson()
                    .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, a.id())).create());
            Session coordinatorB = Sessions.as(aPerson()
                    .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, b.id())).create());
            long forumA = forum(coordinatorA, "{\"cohortId\":" + a.id() + ",\"kind\":\"general\",\"title\":\"Cohort A talk\"}");
            return new TwoCohorts(a, b, memberA, memberB, coordinatorA, coordinatorB, forumA);
        }
    }
}
