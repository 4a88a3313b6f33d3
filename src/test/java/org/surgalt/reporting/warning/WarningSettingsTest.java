package org.surgalt.reporting.warning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** A cohort's own rules: the page and the API, refused input kept, every change audited, the lists follow. */
@QuarkusTest
class WarningSettingsTest {

    @Inject
    EarlyWarning warning;

    private static TestPerson coordinatorOf(WarningFixture f, String locale) {
        return aPerson().withLocale(locale).withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, f.cohort.id()))
                .create();
    }

    @Test
    void theFormShowsTheDefaultsAndSavesTheCohortsOwnRules() {
        WarningFixture f = new WarningFixture();
        TestPerson tenDaysQuiet = f.member(aPerson().create(), 30);
        f.progress(tenDaysQuiet, 9, 10.0);
        TestPerson coordinator = coordinatorOf(f, "en");
        var session = Sessions.as(coordinator);
        session.given().accept("text/html").get("/cohorts/{code}/warnings", f.cohort.code()).then().statusCode(200)
                .body(containsString("name=\"inactiveDays\" min=\"1\" max=\"365\" required value=\"14\""));
        assertTrue(warning.lists(f.cohort.id(), WarningFixture.NOW).inactive().rows().isEmpty(), "10 days < 14");

        session.given().redirects().follow(false).contentType(ContentType.URLENC).formParam("inactive", "on")
                .formParam("inactiveDays", "7").formParam("overdue", "on").formParam("nudgeDays", "21")
                .post("/cohorts/{code}/warnings", f.cohort.code())
                .then().statusCode(303).header("Location", containsString("/warnings?saved=1"));

        session.given().get("/api/cohorts/{id}/warnings", f.cohort.id()).then().statusCode(200)
                .body("inactive", equalTo(true)).body("inactiveDays", equalTo(7)).body("missedSession", equalTo(false))
                .body("offPace", equalTo(false)).body("nudge", equalTo(false)).body("nudgeDays", equalTo(21));
        Slipping lists = warning.lists(f.cohort.id(), WarningFixture.NOW);
        assertEquals(List.of(tenDaysQuiet.id()), lists.inactive().rows().stream().map(r -> r.learner().userId()).toList());
        assertTrue(!lists.offPace().on() && !lists.missed().on() && lists.overdue().on());

        Object[] audit = (Object[]) QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(EntityManager.class).get().createNativeQuery("SELECT actor_id, object_type, object_id, "
                        + "before_state, after_state FROM audit_event WHERE action = 'cohort.warning-settings' "
                        + "AND object_id = ?1").setParameter(1, Long.toString(f.cohort.id())).getSingleResult());
        assertEquals(coordinator.id(), ((Number) audit[0]).longValue());
        assertEquals("cohort", audit[1]);
        assertTrue(((String) audit[3]).contains("\"inactiveDays\":14") && ((String) audit[4]).contains("\"inactiveDays\":7"),
                audit[3] + " → " + audit[4]);
    }

    @Test
    void badDaysAreRefusedInTheReadersLanguageWithWhatWasTypedKept() {
        WarningFixture f = new WarningFixture();
        var session = Sessions.as(coordinatorOf(f, "mn"));
        String page = session.given().contentType(ContentType.URLENC).header("Accept-Language", "mn")
                .cookie("lang", "mn").formParam("inactive", "on").formParam("inactiveDays", "0")
                .formParam("nudge", "on").formParam("nudgeDays", "30").post("/cohorts/{code}/warnings", f.cohort.code())
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains("value=\"0\"") && page.contains("value=\"30\"") && page.contains("1-ээс 365-ийн хооронд"),
                page);
        session.given().contentType(ContentType.JSON).body("{\"inactive\":true,\"inactiveDays\":400,\"nudgeDays\":10}")
                .put("/api/cohorts/{id}/warnings", f.cohort.id()).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        session.given().get("/api/cohorts/{id}/warnings", f.cohort.id()).then().statusCode(200)
                .body("inactiveDays", equalTo(14));
    }
}
