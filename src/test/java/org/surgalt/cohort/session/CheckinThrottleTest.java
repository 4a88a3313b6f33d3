package org.surgalt.cohort.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.DomainException;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Guessing check-in codes: wrong codes pause the guesser (per person and session, and per address). */
@QuarkusTest
class CheckinThrottleTest {

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    @Inject
    SessionClock clock;

    @Inject
    AttendanceService attendance;

    @Test
    void wrongCodesPauseThePersonAtThatSessionEvenForTheRightCodeAndNobodyElse() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson guesser = fixture.signedUpLearner(id);
        TestPerson neighbour = fixture.signedUpLearner(id);
        Sessions.Session session = Sessions.as(guesser);
        List<String> wrong = wrongCodes(id, CheckinThrottle.PERSON_FREE + 1);
        for (String code : wrong) {
            session.given().contentType(ContentType.JSON).body(body(code)).when()
                    .post("/api/sessions/" + id + "/checkin").then().statusCode(400)
                    .body("detail", containsString("not the code"));
        }
        // Paused: even the code on the screen is refused, saying how long to wait.
        String right = SessionFixture.code(id, SessionFixture.window());
        String retryAfter = session.given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(body(right)).when().post("/api/sessions/" + id + "/checkin").then().statusCode(429)
                .contentType("application/problem+json").body("detail", containsString("Too many wrong codes. Wait"))
                .extract().header("Retry-After");
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 30, "the first pause is 30 s: " + seconds);
        session.given().accept("text/html").contentType(FORM).formParam("session", Long.toString(id))
                .formParam("code", right).when().post("/checkin").then().statusCode(429)
                .header("Retry-After", equalTo(Integer.toString(seconds)))
                .body(containsString("секунд хүлээгээд"));
        assertEquals("none", SessionFixture.attendance(id, guesser.id()));
        // Someone else at the same session (behind the same address) checks in as usual.
        Sessions.as(neighbour).given().contentType(ContentType.JSON).body(body(right)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(200).body("status", equalTo("present"));

        // Once the pause is over, the right code counts.
        ((MovableSessionClock) ClientProxy.unwrap(clock)).advance(Duration.ofSeconds(31));
        session.given().contentType(ContentType.JSON).body(body(SessionFixture.code(id, SessionFixture.window())))
                .when().post("/api/sessions/" + id + "/checkin").then().statusCode(200);
        assertEquals("PRESENT/CHECK_IN", SessionFixture.attendance(id, guesser.id()));
    }

    @Test
    void manyWrongCodesFromOneAddressPauseThatAddressOnly() {
        SessionFixture fixture = new SessionFixture();
        int learners = CheckinThrottle.ADDRESS_FREE / CheckinThrottle.PERSON_FREE + 1;
        long id = fixture.now(learners + 2).id();
        String router = "203.0.113." + (System.nanoTime() % 200 + 1);
        // Each learner stays within their own allowance; together they use up the address's.
        for (int i = 0; i < learners; i++) {
            TestPerson learner = fixture.signedUpLearner(id);
            for (String code : wrongCodes(id, CheckinThrottle.PERSON_FREE)) {
                assertEquals(AttendanceService.Checkin.WRONG_CODE,
                        attendance.checkIn(SessionFixture.learnerViewer(learner), id, code, router));
            }
        }
        TestPerson late = fixture.signedUpLearner(id);
        String right = SessionFixture.code(id, SessionFixture.window());
        DomainException paused = assertThrows(DomainException.class,
                () -> attendance.checkIn(SessionFixture.learnerViewer(late), id, right, router));
        assertEquals(429, paused.kind().status);
        assertTrue(paused.retryAfter().orElseThrow().compareTo(CheckinThrottle.ADDRESS_FIRST_PAUSE) <= 0);
        assertEquals(AttendanceService.Checkin.OK,
                attendance.checkIn(SessionFixture.learnerViewer(late), id, right, "198.51.100.9"));
    }

    /** Codes that are neither valid now nor recognised as expired. */
    private static List<String> wrongCodes(long id, int count) {
        long window = SessionFixture.window();
        Set<String> known = new HashSet<>();
        for (long w = window - 25; w <= window + 2; w++) {
            known.add(SessionFixture.code(id, w));
        }
        List<String> codes = new ArrayList<>();
        for (int n = 0; codes.size() < count; n++) {
            String code = String.format("%06d", n);
            if (!known.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static String body(String code) {
        return "{\"code\":\"" + code + "\"}";
    }
}
