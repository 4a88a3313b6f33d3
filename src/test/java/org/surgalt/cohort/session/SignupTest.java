package org.surgalt.cohort.session;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Signing up: seats, the wait-list in order, promotion when someone cancels, never more than the seats. */
@QuarkusTest
class SignupTest {

    private static long confirmed(long sessionId) {
        SignupRepository signups = Arc.container().instance(SignupRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> signups.confirmedCount(sessionId));
    }

    @Test
    void aFullSessionWaitListsInOrderAndACancellationPromotesTheFirstWaiting() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.schedule(SessionFixture.clock().now().plus(Duration.ofDays(3)), Duration.ofHours(4), 2).id();
        List<Sessions.Session> learners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            learners.add(Sessions.as(fixture.learner()));
        }
        String[] expected = {"confirmed", "confirmed", "waitlisted", "waitlisted"};
        for (int i = 0; i < 4; i++) {
            learners.get(i).given().when().post("/api/sessions/" + id + "/signup").then().statusCode(200)
                    .body("state", equalTo(expected[i]));
        }
        // Signing up again changes nothing.
        learners.get(2).given().when().post("/api/sessions/" + id + "/signup").then().statusCode(200)
                .body("state", equalTo("waitlisted"));

        learners.get(0).given().when().delete("/api/sessions/" + id + "/signup").then().statusCode(204);
        learners.get(2).given().when().get("/api/sessions/" + id).then().statusCode(200)
                .body("mine", equalTo("confirmed"));
        learners.get(3).given().when().get("/api/sessions/" + id).then().statusCode(200)
                .body("mine", equalTo("waitlisted"));
        learners.get(0).given().when().get("/api/sessions/" + id).then().statusCode(200).body("mine", equalTo("none"));
        assertEquals(2, confirmed(id));

        // A waiting learner who cancels leaves the seats as they are.
        learners.get(3).given().when().delete("/api/sessions/" + id + "/signup").then().statusCode(204);
        assertEquals(2, confirmed(id));
        // The learner who cancelled first comes back at the end of the queue.
        learners.get(0).given().when().post("/api/sessions/" + id + "/signup").then().statusCode(200)
                .body("state", equalTo("waitlisted"));
        Sessions.as(fixture.author).given().when().get("/api/sessions/" + id).then().statusCode(200)
                .body("signups.size()", equalTo(3)).body("signups[2].state", equalTo("waitlisted"));
    }

    @Test
    void learnersSignUpAndCancelFromThePagesAndStaffSeeTheWaitList() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.schedule(SessionFixture.clock().now().plus(Duration.ofDays(3)), Duration.ofHours(4), 1).id();
        Sessions.Session first = Sessions.as(fixture.learner());
        Sessions.Session second = Sessions.as(fixture.learner());
        first.given().accept("text/html").redirects().follow(false).when().post("/sessions/" + id + "/signup")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("done=confirmed"));
        second.given().accept("text/html").redirects().follow(false).when().post("/sessions/" + id + "/signup")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("done=waitlisted"));
        Sessions.as(fixture.author).given().accept("text/html").when().get("/sessions/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("1 суудлаас 1 нь эзэлсэн"));
        first.given().accept("text/html").redirects().follow(false).when().post("/sessions/" + id + "/cancel")
                .then().statusCode(303);
        second.given().accept("text/html").when().get("/sessions/" + id).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Танд суудал байна."));
    }

    @Test
    void moreSeatsGoToTheWaitListFirstAndFewerThanTheConfirmedSignUpsAreRefused() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.schedule(SessionFixture.clock().now().plus(Duration.ofDays(3)), Duration.ofHours(4), 1).id();
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(fixture.learner()), id);
        TestPerson waiting = fixture.signedUpLearner(id);
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(fixture.learner()), id);
        Sessions.Session author = Sessions.as(fixture.author);
        String form = "/sessions/" + id + "/edit";
        author.given().accept("text/html").when().get(form).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"1\""));
        author.given().accept("text/html").contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8"))
                .formParam("date", "2031-05-05").formParam("start", "10:00").formParam("end", "12:00")
                .formParam("place", "Өөр танхим").formParam("capacity", "2")
                .formParam("facilitator", fixture.author.email()).redirects().follow(false).when().post(form)
                .then().statusCode(303);
        assertEquals(2, confirmed(id));
        Sessions.as(waiting).given().when().get("/api/sessions/" + id).then().body("mine", equalTo("confirmed"))
                .body("session.place", equalTo("Өөр танхим"));
        author.given().accept("text/html").contentType(io.restassured.http.ContentType.URLENC.withCharset("UTF-8"))
                .formParam("date", "2031-05-05").formParam("start", "10:00").formParam("end", "12:00")
                .formParam("place", "Гуравдахь танхим").formParam("capacity", "1").redirects().follow(false).when()
                .post(form).then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("баталгаажсан 2 бүртгэлээс бага байна"),
                        org.hamcrest.Matchers.containsString("value=\"Гуравдахь танхим\""));
        assertEquals(2, confirmed(id));
    }

    @Test
    void onlyEnrolledLearnersSignUpAndNotForASessionThatIsOver() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.schedule(SessionFixture.clock().now().plus(Duration.ofDays(3)), Duration.ofHours(4), 5).id();
        Sessions.as(aPerson().create()).given().when().post("/api/sessions/" + id + "/signup").then().statusCode(403);
        long past = fixture.schedule(SessionFixture.clock().now().minus(Duration.ofDays(3)), Duration.ofHours(4), 5)
                .id();
        Sessions.as(fixture.learner()).given().when().post("/api/sessions/" + past + "/signup").then()
                .statusCode(409);
        assertEquals(0, confirmed(id) + confirmed(past));
    }

    @Test
    void learnersRacingForTheLastSeatsNeverGetMoreThanThereAre() throws Exception {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.schedule(SessionFixture.clock().now().plus(Duration.ofDays(3)), Duration.ofHours(4), 3).id();
        List<TestPerson> learners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            learners.add(fixture.learner());
        }
        SessionService sessions = SessionFixture.sessions();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Signup.State>> calls = learners.stream()
                    .<Callable<Signup.State>>map(learner -> () -> sessions.signUp(SessionFixture.learnerViewer(learner), id))
                    .toList();
            List<Signup.State> states = new ArrayList<>();
            for (Future<Signup.State> future : pool.invokeAll(calls)) {
                states.add(future.get());
            }
            assertEquals(3, states.stream().filter(state -> state == Signup.State.CONFIRMED).count());
            assertEquals(7, states.stream().filter(state -> state == Signup.State.WAITLISTED).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, confirmed(id));
    }
}
