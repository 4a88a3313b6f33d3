package org.surgalt.cohort.session;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.learning.UpcomingSource;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.FaceToFaceHours;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Attendance marks: what counts for the learner's progress, corrections, walk-ins, hours, the home page. */
@QuarkusTest
class AttendanceTest {

    @jakarta.inject.Inject
    FaceToFaceHours hours;

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    private static String marks(long userId, String status) {
        return "{\"marks\":[{\"userId\":" + userId + ",\"status\":\"" + status + "\"}]}";
    }

    @Test
    void presentCompletesTheItemOnceAndAbsentAfterPresentRevokesIt() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.signedUpLearner(id);
        Sessions.Session facilitator = Sessions.as(fixture.author);
        assertFalse(fixture.itemComplete(learner));

        facilitator.given().accept("text/html").contentType(FORM).formParam("m" + learner.id(), "present")
                .redirects().follow(false).when().post("/sessions/" + id + "/attendance").then().statusCode(303);
        assertEquals("PRESENT/MANUAL", SessionFixture.attendance(id, learner.id()));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.ATTENDED));
        assertTrue(fixture.itemComplete(learner), "attended: the session item is complete");

        // Present again, and late (still there): no second fact.
        facilitator.given().contentType("application/json").body(marks(learner.id(), "present")).when()
                .put("/api/sessions/" + id + "/attendance").then().statusCode(200);
        facilitator.given().contentType("application/json").body(marks(learner.id(), "late")).when()
                .put("/api/sessions/" + id + "/attendance").then().statusCode(200)
                .body("signedUp[0].status", org.hamcrest.Matchers.equalTo("late"));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.ATTENDED));

        facilitator.given().contentType("application/json").body(marks(learner.id(), "absent")).when()
                .put("/api/sessions/" + id + "/attendance").then().statusCode(200);
        assertEquals("ABSENT/MANUAL", SessionFixture.attendance(id, learner.id()));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.REVOKED));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.ATTENDED));
        assertFalse(fixture.itemComplete(learner), "absent after present: the session item is no longer complete");
        // Absent again: nothing more to take back.
        facilitator.given().contentType("application/json").body(marks(learner.id(), "excused")).when()
                .put("/api/sessions/" + id + "/attendance").then().statusCode(200);
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.REVOKED));
    }

    @Test
    void theSheetListsSignUpsAndWalkInsAndAWalkInCanBeMarked() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson signedUp = fixture.learner();
        TestPerson walkIn = fixture.learner();
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(signedUp), id);
        Sessions.Session facilitator = Sessions.as(fixture.author);
        facilitator.given().accept("text/html").when().get("/sessions/" + id + "/attendance").then().statusCode(200)
                .body(containsString("name=\"m" + signedUp.id() + "\""), containsString("name=\"m" + walkIn.id() + "\""),
                        containsString("value=\"late\""), containsString("value=\"excused\""));

        facilitator.given().accept("text/html").contentType(FORM).formParam("m" + walkIn.id(), "late")
                .redirects().follow(false).when().post("/sessions/" + id + "/attendance").then().statusCode(303);
        assertEquals("LATE/MANUAL", SessionFixture.attendance(id, walkIn.id()));
        assertTrue(fixture.itemComplete(walkIn));
        assertEquals("none", SessionFixture.attendance(id, signedUp.id()));
    }

    @Test
    void aMarkForSomeoneOutsideTheCourseIsRefusedAndNothingIsSaved() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.learner();
        TestPerson stranger = aPerson().create();
        Sessions.as(fixture.author).given().accept("text/html").contentType(FORM)
                .formParam("m" + learner.id(), "present").formParam("m" + stranger.id(), "present")
                .redirects().follow(false).when().post("/sessions/" + id + "/attendance").then().statusCode(400)
                .body(containsString("семинарт бүртгүүлээгүй, сургалтад нь ч бүртгэлгүй"));
        Sessions.as(fixture.author).given().accept("text/html").contentType(FORM)
                .formParam("m" + learner.id(), "here")
                .redirects().follow(false).when().post("/sessions/" + id + "/attendance").then().statusCode(400);
        assertEquals("none", SessionFixture.attendance(id, learner.id()));
        assertEquals(0, fixture.facts(learner, CompletionFact.Kind.ATTENDED));
        // A learner does not take attendance.
        Sessions.as(learner).given().contentType("application/json").body(marks(learner.id(), "present")).when()
                .put("/api/sessions/" + id + "/attendance").then().statusCode(403);
        assertEquals("none", SessionFixture.attendance(id, learner.id()));
    }

    @Test
    void hoursCountSessionsAttendedAndTheHomePageListsConfirmedSessions() {
        SessionFixture fixture = new SessionFixture();
        Instant now = SessionFixture.clock().now();
        long morning = fixture.schedule(now.minus(Duration.ofHours(6)), Duration.ofMinutes(150), 10).id();
        long afternoon = fixture.schedule(now.minus(Duration.ofHours(3)), Duration.ofHours(2), 10).id();
        long missed = fixture.schedule(now.minus(Duration.ofHours(1)), Duration.ofMinutes(45), 10).id();
        long coming = fixture.schedule(now.plus(Duration.ofDays(2)), Duration.ofHours(3), 10).id();
        TestPerson learner = fixture.learner();
        Sessions.Session facilitator = Sessions.as(fixture.author);
        facilitator.given().contentType("application/json").body(marks(learner.id(), "present")).when()
                .put("/api/sessions/" + morning + "/attendance").then().statusCode(200);
        facilitator.given().contentType("application/json").body(marks(learner.id(), "late")).when()
                .put("/api/sessions/" + afternoon + "/attendance").then().statusCode(200);
        facilitator.given().contentType("application/json").body(marks(learner.id(), "absent")).when()
                .put("/api/sessions/" + missed + "/attendance").then().statusCode(200);
        assertEquals(new BigDecimal("4.5"), hours.attended(learner.id(), fixture.course.id()));
        assertEquals(new BigDecimal("0.0"), hours.attended(fixture.learner().id(), fixture.course.id()));

        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(learner), coming);
        List<UpcomingSource.Upcoming> upcoming = Arc.container().instance(SessionsComingUp.class).get()
                .upcoming(learner.id(), now, now.plus(Duration.ofDays(7)));
        assertEquals(1, upcoming.size());
        assertEquals(UpcomingSource.Upcoming.Kind.SESSION, upcoming.get(0).kind());
        assertEquals(fixture.itemId, upcoming.get(0).itemId());
        assertEquals("Ховд, Буянт сумын сургууль, хурлын танхим", upcoming.get(0).place());
        Sessions.as(learner).given().accept("text/html").when().get("/home").then().statusCode(200)
                .body(containsString("Ховд, Буянт сумын сургууль, хурлын танхим"));
    }
}
