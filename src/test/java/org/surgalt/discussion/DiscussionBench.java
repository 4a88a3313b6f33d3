package org.surgalt.discussion;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The thread page's speed (bench/discussion.sh; tag "bench", excluded from the normal build): a
 * thread with 200 replies on the embedded database, its first and last pages requested by a
 * signed-in learner, beside /q/health/live and the forum's page in the same run. Figures only;
 * the target (50 ms p95 for the thread page) is read by a person, not asserted.
 */
@Tag("bench")
@QuarkusTest
class DiscussionBench {

    @Test
    void threadPageWith200Replies() {
        int requests = Integer.getInteger("bench.requests", 300);
        DiscussionFixture f = new DiscussionFixture();
        long forum = f.forum("general");
        long thread = DiscussionFixture.thread(f.askerSession, forum, "Big thread", "Opening post");
        DiscussionFixture.manyReplies(thread, f.other.id(), 200);
        report("health", requests, () -> io.restassured.RestAssured.given().get("/q/health/live").then().statusCode(200));
        report("forum page", requests, () -> f.askerSession.given().accept("text/html")
                .get("/discussion/forums/{id}", forum).then().statusCode(200));
        report("thread page 1", requests, () -> f.askerSession.given().accept("text/html")
                .get("/discussion/threads/{id}", thread).then().statusCode(200));
        report("thread page 9", requests, () -> f.askerSession.given().accept("text/html")
                .get("/discussion/threads/{id}?page=9", thread).then().statusCode(200));
    }

    private static void report(String name, int requests, Runnable call) {
        for (int i = 0; i < 30; i++) {
            call.run();
        }
        long[] micros = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("discussion: %-14s %d requests  p50 %.1f ms  p95 %.1f ms  max %.1f ms%n", name, requests,
                micros[requests / 2] / 1000.0, micros[(int) (requests * 0.95) - 1] / 1000.0,
                micros[requests - 1] / 1000.0);
    }
}
