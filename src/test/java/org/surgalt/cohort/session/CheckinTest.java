package org.surgalt.cohort.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.progress.CompletionFact;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Self check-in with the rotating code: every refusal records nothing; a good code counts once. */
@QuarkusTest
class CheckinTest {

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    @Inject
    SessionClock clock;

    private static String body(String code) {
        return "{\"code\":\"" + code + "\"}";
    }

    private static void nothingRecorded(SessionFixture fixture, long id, TestPerson learner) {
        assertEquals("none", SessionFixture.attendance(id, learner.id()));
        assertEquals(0, SessionFixture.codesUsed(id, learner.id()));
        assertEquals(0, fixture.facts(learner, CompletionFact.Kind.ATTENDED));
    }

    @Test
    void aGoodCodeChecksTheLearnerInAndCountsForTheItem() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.signedUpLearner(id);
        Sessions.as(learner).given().accept("text/html").when().get("/sessions/" + id).then().statusCode(200)
                .body(containsString("href=\"/checkin/" + id + "\""));
        Sessions.as(learner).given().contentType("application/json")
                .body(body(SessionFixture.code(id, SessionFixture.window()))).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(200).body("status", equalTo("present"));
        assertEquals("PRESENT/CHECK_IN", SessionFixture.attendance(id, learner.id()));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.ATTENDED));
        assertTrue(fixture.itemComplete(learner));
    }

    @Test
    void theQrLinkFillsTheFormAndTheFormChecksInWithThePreviousWindowsCodeToo() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.signedUpLearner(id);
        Sessions.Session session = Sessions.as(learner);
        String previous = SessionFixture.code(id, SessionFixture.window() - 1);
        session.given().accept("text/html").when().get("/checkin/" + id + "?code=" + previous).then().statusCode(200)
                .body(containsString("value=\"" + previous + "\""),
                        containsString("<option value=\"" + id + "\" selected>"));
        assertEquals("none", SessionFixture.attendance(id, learner.id()), "opening the link checks nobody in");
        session.given().accept("text/html").contentType(FORM).formParam("session", Long.toString(id))
                .formParam("code", previous).redirects().follow(false).when().post("/checkin").then().statusCode(303)
                .header("Location", containsString("/sessions/" + id + "?done=checkedin"));
        assertEquals("PRESENT/CHECK_IN", SessionFixture.attendance(id, learner.id()));
    }

    @Test
    void wrongAndExpiredCodesAreRefusedAndRecordNothing() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.signedUpLearner(id);
        Sessions.Session session = Sessions.as(learner);
        long window = SessionFixture.window();
        String good = SessionFixture.code(id, window);
        String wrong = good.equals("000000") ? "000001" : "000000";
        session.given().contentType("application/json").body(body(wrong)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(400)
                .body("detail", containsString("not the code"));
        session.given().contentType("application/json").body(body("12ab")).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(400);
        String expired = SessionFixture.code(id, window - 3);
        session.given().contentType("application/json").body(body(expired)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(400)
                .body("detail", containsString("expired"));
        session.given().accept("text/html").contentType(FORM).formParam("session", Long.toString(id))
                .formParam("code", expired).when().post("/checkin").then().statusCode(400)
                .body(containsString("Энэ кодын хугацаа дууссан"));
        nothingRecorded(fixture, id, learner);
    }

    @Test
    void learnersNotSignedUpOrNotEnrolledAreRefused() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        String code = SessionFixture.code(id, SessionFixture.window());
        TestPerson enrolledOnly = fixture.learner();
        Sessions.as(enrolledOnly).given().contentType("application/json").body(body(code)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(403);
        nothingRecorded(fixture, id, enrolledOnly);
        TestPerson waiting = fixture.learner();
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(fixture.learner()), id);
        long full = fixture.now(1).id();
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(fixture.learner()), full);
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(waiting), full);
        Sessions.as(waiting).given().accept("text/html").contentType(FORM).formParam("session", Long.toString(full))
                .formParam("code", SessionFixture.code(full, SessionFixture.window())).when().post("/checkin")
                .then().statusCode(403).body(containsString("Та энэ сургалтад бүртгүүлээгүй байна."));
        nothingRecorded(fixture, full, waiting);
        // Someone who may not see the session is told it does not exist, as for an id nobody has.
        TestPerson stranger = aPerson().create();
        Sessions.as(stranger).given().contentType("application/json").body(body(code)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(404);
        assertEquals("none", SessionFixture.attendance(id, stranger.id()));
    }

    @Test
    void theCheckinFormShowsNobodyASessionOfACourseTheyCannotSee() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        String code = SessionFixture.code(id, SessionFixture.window());
        Sessions.Session stranger = Sessions.as(aPerson().create());
        String missing = "999999999";
        for (String path : new String[] {"/checkin/" + id, "/checkin?session=" + id, "/checkin/" + missing}) {
            stranger.given().accept("text/html").when().get(path).then().statusCode(200)
                    .body(not(containsString("Буянт сумын сургууль")), not(containsString("value=\"" + id + "\"")),
                            containsString("Танд одоо ирцээ бүртгүүлэх сургалт алга."));
        }
        // Checking in answers as for a session that does not exist: no id can be probed.
        String unseen = stranger.given().contentType("application/json").body(body(code)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(404).extract().path("title");
        String none = stranger.given().contentType("application/json").body(body(code)).when()
                .post("/api/sessions/" + missing + "/checkin").then().statusCode(404).extract().path("title");
        assertEquals(none, unseen);
        stranger.given().accept("text/html").contentType(FORM).formParam("session", Long.toString(id))
                .formParam("code", code).when().post("/checkin").then().statusCode(404)
                .body(not(containsString("Буянт сумын сургууль")));
        // Whoever reads the course sees it, signed up or not.
        Sessions.as(fixture.learner()).given().accept("text/html").when().get("/checkin/" + id).then()
                .statusCode(200).body(containsString("Буянт сумын сургууль"),
                        containsString("<option value=\"" + id + "\" selected>"));
    }

    @Test
    void checkInOutsideTheSessionsTimeIsRefused() {
        SessionFixture fixture = new SessionFixture();
        long later = fixture.schedule(clock.now().plus(Duration.ofMinutes(20)), Duration.ofHours(1), 10).id();
        long ending = fixture.schedule(clock.now().minus(Duration.ofMinutes(50)), Duration.ofHours(1), 10).id();
        long soon = fixture.schedule(clock.now().plus(Duration.ofMinutes(10)), Duration.ofHours(1), 10).id();
        TestPerson learner = fixture.learner();
        for (long id : new long[] {later, ending, soon}) {
            SessionFixture.sessions().signUp(SessionFixture.learnerViewer(learner), id);
        }
        Sessions.Session session = Sessions.as(learner);
        session.given().contentType("application/json").body(body(SessionFixture.code(later, SessionFixture.window())))
                .when().post("/api/sessions/" + later + "/checkin").then().statusCode(409)
                .body("detail", containsString("15 minutes before"));
        nothingRecorded(fixture, later, learner);
        // Ten minutes before the start is early enough.
        session.given().contentType("application/json").body(body(SessionFixture.code(soon, SessionFixture.window())))
                .when().post("/api/sessions/" + soon + "/checkin").then().statusCode(200);
        // After the end it is too late.
        ((MovableSessionClock) ClientProxy.unwrap(clock)).advance(Duration.ofMinutes(11));
        session.given().accept("text/html").contentType(FORM).formParam("session", Long.toString(ending))
                .formParam("code", SessionFixture.code(ending, SessionFixture.window())).when().post("/checkin")
                .then().statusCode(409).body(containsString("15 минутын өмнөөс"));
        assertEquals("none", SessionFixture.attendance(ending, learner.id()));
        assertEquals(0, SessionFixture.codesUsed(ending, learner.id()));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.ATTENDED), "only the session on time counted");
    }

    @Test
    void aCodeWorksOnceAndASecondCheckInIsRefused() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.signedUpLearner(id);
        Sessions.Session session = Sessions.as(learner);
        long window = SessionFixture.window();
        String code = SessionFixture.code(id, window);
        session.given().contentType("application/json").body(body(code)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(200);
        // Already present: the previous window's code (not used yet) is refused too.
        session.given().contentType("application/json").body(body(SessionFixture.code(id, window - 1))).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(409)
                .body("detail", containsString("already marked present"));
        // The facilitator corrects the mark to absent; the used code still does not work again.
        Sessions.as(fixture.author).given().contentType("application/json")
                .body("{\"marks\":[{\"userId\":" + learner.id() + ",\"status\":\"absent\"}]}").when()
                .put("/api/sessions/" + id + "/attendance").then().statusCode(200);
        session.given().contentType("application/json").body(body(code)).when()
                .post("/api/sessions/" + id + "/checkin").then().statusCode(409)
                .body("detail", containsString("used this code already"));
        assertEquals("ABSENT/MANUAL", SessionFixture.attendance(id, learner.id()));
        assertEquals(1, SessionFixture.codesUsed(id, learner.id()));
        assertEquals(1, fixture.facts(learner, CompletionFact.Kind.ATTENDED));
    }

    @Test
    void theFacilitatorsScreenShowsTheCurrentCodeAsDigitsAndQrAndItChangesEveryWindow() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        Sessions.Session facilitator = Sessions.as(fixture.author);
        String first = facilitator.given().accept("text/html").when().get("/sessions/" + id + "/checkin-code").then()
                .statusCode(200)
                .body(containsString("<svg"), containsString("<path fill=\"#000\" d=\"M"),
                        containsString("/checkin/" + id + "?code="), containsString("http-equiv=\"refresh\""))
                .extract().asString();
        String shown = digits(first);
        long window = SessionFixture.window();
        assertTrue(shown.equals(SessionFixture.code(id, window)) || shown.equals(SessionFixture.code(id, window - 1)),
                "the screen shows the current window's code");
        ((MovableSessionClock) ClientProxy.unwrap(clock)).advance(Duration.ofSeconds(CheckinCode.WINDOW_SECONDS));
        String next = digits(facilitator.given().accept("text/html").when().get("/sessions/" + id + "/checkin-code")
                .then().statusCode(200).extract().asString());
        assertNotEquals(shown, next);
        assertEquals(SessionFixture.code(id, SessionFixture.window()), next);
        assertNotEquals(SessionFixture.code(id, window), SessionFixture.code(id, window + 1));
        // A learner does not see the code.
        Sessions.as(fixture.learner()).given().accept("text/html").when().get("/sessions/" + id + "/checkin-code")
                .then().statusCode(403).body(not(containsString(next)));
    }

    private static String digits(String page) {
        Matcher matcher = Pattern.compile("data-code=\"(\\d{6})\"").matcher(page);
        assertTrue(matcher.find(), "the page shows a six-digit code");
        return matcher.group(1);
    }
}
