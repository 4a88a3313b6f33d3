package org.surgalt.cohort.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Scheduling sessions from the form and the API: who may, what is refused, what is kept for fixing. */
@QuarkusTest
class SessionSchedulingTest {

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    private Map<String, String> form(SessionFixture fixture) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("course", fixture.course.code());
        form.put("item", Long.toString(fixture.itemId));
        form.put("title", "Заах дадлага, 1-р өдөр");
        form.put("date", "2031-03-05");
        form.put("start", "10:00");
        form.put("end", "16:00");
        form.put("place", "Ховд, Буянт сумын сургууль");
        form.put("capacity", "25");
        form.put("facilitator", fixture.author.email());
        return form;
    }

    private long sessionCount(SessionFixture fixture) {
        SessionRepository sessions = Arc.container().instance(SessionRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> sessions.count("courseId", fixture.course.id()));
    }

    @Test
    void aRefusedFormComesBackWithTheErrorAndEverythingTypedAndSavesNothing() {
        SessionFixture fixture = new SessionFixture();
        Sessions.Session author = Sessions.as(fixture.author);
        Map<String, String> noPlace = form(fixture);
        noPlace.put("place", " ");
        author.given().accept("text/html").contentType(FORM).formParams(noPlace).redirects().follow(false)
                .when().post("/sessions").then().statusCode(400)
                .body(containsString("place"), containsString("value=\"Заах дадлага, 1-р өдөр\""),
                        containsString("value=\"2031-03-05\""), containsString("value=\"25\""));

        Map<String, String> backwards = form(fixture);
        backwards.put("end", "09:00");
        author.given().accept("text/html").contentType(FORM).formParams(backwards).redirects().follow(false)
                .when().post("/sessions").then().statusCode(400)
                .body(containsString("эхлэхээс хойш байх ёстой"), containsString("value=\"09:00\""));

        Map<String, String> nobody = form(fixture);
        nobody.put("facilitator", "nobody-" + System.nanoTime() + "@test.surgalt");
        author.given().accept("text/html").contentType(FORM).formParams(nobody).redirects().follow(false)
                .when().post("/sessions").then().statusCode(400)
                .body(containsString("facilitator"), containsString(nobody.get("facilitator")));

        Map<String, String> noSeats = form(fixture);
        noSeats.put("capacity", "0");
        author.given().accept("text/html").contentType(FORM).formParams(noSeats).redirects().follow(false)
                .when().post("/sessions").then().statusCode(400).body(containsString("capacity"));

        Map<String, String> notASession = form(fixture);
        notASession.put("item", Long.toString(fixture.pageId));
        author.given().accept("text/html").contentType(FORM).formParams(notASession).redirects().follow(false)
                .when().post("/sessions").then().statusCode(400)
                .body(containsString("танхимын семинар биш"));

        assertEquals(0, sessionCount(fixture));
    }

    @Test
    void anAuthorSchedulesASessionThatTheLearnerFindsOnTheItemPageInUlaanbaatarTime() {
        SessionFixture fixture = new SessionFixture();
        Sessions.Session author = Sessions.as(fixture.author);
        author.given().accept("text/html").when()
                .get("/sessions/new?course=" + fixture.course.code() + "&item=" + fixture.itemId)
                .then().statusCode(200).body(containsString("name=\"place\""));
        String location = author.given().accept("text/html").contentType(FORM).formParams(form(fixture))
                .redirects().follow(false).when().post("/sessions").then().statusCode(303)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        author.given().accept("text/html").when().get("/sessions/" + id).then().statusCode(200)
                .body(containsString("2031 оны 3-р сарын 5, 10:00–16:00"), containsString("Ховд, Буянт сумын сургууль"),
                        containsString("/sessions/" + id + "/attendance"));
        Sessions.as(fixture.learner()).given().accept("text/html").when()
                .get("/courses/" + fixture.course.code() + "/items/" + fixture.itemId).then().statusCode(200)
                .body(containsString("2031 оны 3-р сарын 5, 10:00–16:00"), containsString("/sessions/" + id + "/signup"),
                        not(containsString("/sessions/new?")));
        assertEquals(1, sessionCount(fixture));
        // Stored in UTC: 10:00 in Ulaanbaatar (UTC+8) is 02:00Z.
        Sessions.as(fixture.author).given().when().get("/api/sessions?course=" + fixture.course.id()).then()
                .statusCode(200).body("[0].startsAt", containsString("2031-03-05T02:00"));
    }

    @Test
    void learnersAndOtherCoursesAuthorsCannotScheduleButSiteCoordinatorsCan() {
        SessionFixture fixture = new SessionFixture();
        Sessions.as(fixture.learner()).given().accept("text/html").contentType(FORM).formParams(form(fixture))
                .redirects().follow(false).when().post("/sessions").then().statusCode(403);
        TestPerson otherAuthor = aPerson().withRole(Role.AUTHOR).create();
        Sessions.as(otherAuthor).given().accept("text/html").when()
                .get("/sessions/new?course=" + fixture.course.code() + "&item=" + fixture.itemId)
                .then().statusCode(403);
        assertEquals(0, sessionCount(fixture));

        TestPerson coordinator = aPerson().withGrant(Grant.site(Role.COORDINATOR)).create();
        String body = "{\"courseId\":" + fixture.course.id() + ",\"itemId\":" + fixture.itemId
                + ",\"startsAt\":\"2031-04-01T01:00:00Z\",\"endsAt\":\"2031-04-01T05:00:00Z\","
                + "\"place\":\"Сурган хүмүүжүүлэхийн их сургууль, 204 тоот\",\"capacity\":30}";
        Sessions.as(coordinator).given().contentType("application/json").body(body).when().post("/api/sessions")
                .then().statusCode(201).body("facilitatorId", org.hamcrest.Matchers.equalTo((int) coordinator.id()));
        assertEquals(1, sessionCount(fixture));
    }

    @Test
    void anItemThatSessionsWereScheduledForStaysInItsCourseWithTheReasonGiven() {
        SessionFixture fixture = new SessionFixture();
        fixture.schedule(java.time.Instant.now().plus(java.time.Duration.ofDays(3)), java.time.Duration.ofHours(2), 20);
        Sessions.Session author = Sessions.as(fixture.author);
        String code = fixture.course.code();
        long moduleId = fixture.course.modules().get(0).id();

        // The editor again with the reason, in the author's language (Mongolian here).
        author.form().when()
                .post("/author/courses/{code}/items/{item}/delete", code, fixture.itemId).then().statusCode(409)
                .body(containsString("Энэ зүйлд танхимын сургалт товлосон тул зүйл курсэд үлдэнэ"));
        author.form().when()
                .post("/author/courses/{code}/modules/{module}/delete", code, moduleId).then().statusCode(409)
                .body(containsString("Энэ модульд танхимын сургалт товлосон зүйл байгаа"));
        org.surgalt.platform.DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.surgalt.platform.DomainException.class, () -> QuarkusTransaction.requiringNew().run(() -> Arc
                        .container().instance(org.surgalt.authoring.DraftService.class).get()
                        .clearForNewVersion(fixture.authorViewer(), fixture.course.id())));
        assertEquals(org.surgalt.platform.DomainException.Kind.CONFLICT, refused.kind());

        // Nothing left the draft; the page without sessions still goes.
        author.form().when().post("/author/courses/{code}/items/{item}/delete", code, fixture.pageId).then()
                .statusCode(303);
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> org.surgalt.course.CourseContent.ofDraft(Arc
                .container().instance(org.surgalt.course.CourseService.class).get().course(fixture.course.id()))
                .items().count()).intValue());
    }
}
