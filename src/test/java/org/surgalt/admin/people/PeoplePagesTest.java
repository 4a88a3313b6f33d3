package org.surgalt.admin.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * The people pages as an admin and an institution's staff use them: search, a person's page with
 * only the buttons the viewer may use, corrections with field errors, disabling (which ends the
 * person's existing session and API access at once), signing out and mailing a reset link.
 */
@QuarkusTest
class PeoplePagesTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    private static String unique(String prefix) {
        return prefix + UNIQUE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
    }


    @Test
    void aSiteAdminFindsPeopleByTheStartOfTheirNameOrEmailAPageAtATime() {
        String prefix = unique("Zolbayar");
        String school = unique("people-school-").toLowerCase();
        for (int i = 0; i < 27; i++) {
            aPerson().withName(prefix + " " + (char) ('A' + i)).inInstitution(school).create();
        }
        TestPerson elsewhere = aPerson().withName(prefix + " Elsewhere").create();
        Sessions.Session admin = Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create());

        String first = admin.given().accept("text/html").queryParam("q", prefix.toLowerCase())
                .get("/admin/people").then().statusCode(200).extract().asString();
        assertTrue(first.contains("28 people"), "every match counted");
        assertTrue(first.contains(prefix + " A"), first);
        assertTrue(first.contains("page=2"), "a link to the next page");
        assertFalse(first.contains(prefix + " Y"), "the 25th name onwards is on page 2");

        String inSchool = admin.given().accept("text/html").queryParam("q", prefix).queryParam("institution", school)
                .queryParam("page", 2).get("/admin/people").then().statusCode(200).extract().asString();
        assertTrue(inSchool.contains("27 people"), inSchool);
        assertTrue(inSchool.contains(prefix + " Z"), inSchool);
        assertFalse(inSchool.contains(prefix + " Elsewhere"));

        admin.given().accept("text/html").queryParam("q", elsewhere.email().substring(0, 12))
                .get("/admin/people").then().statusCode(200).body(containsString(elsewhere.email()));
        // An institution code that does not exist is a field error, not a failure.
        admin.given().accept("text/html").queryParam("institution", "no-such-school").get("/admin/people")
                .then().statusCode(400).body(containsString("There is no institution with this code."))
                .body(containsString("value=\"no-such-school\""));
    }

    @Test
    void aCoordinatorSearchesOnlyTheirInstitutionsPeople() {
        String prefix = unique("Oyunchimeg");
        String other = unique("other-school-").toLowerCase();
        aPerson().withName(prefix + " Here").create();
        TestPerson there = aPerson().withName(prefix + " There").inInstitution(other).create();
        Sessions.Session coordinator = Sessions.as(aPerson().withLocale("en").withRole(Role.COORDINATOR).create());

        coordinator.given().accept("text/html").queryParam("q", prefix).get("/admin/people").then().statusCode(200)
                .body(containsString(prefix + " Here")).body(not(containsString(prefix + " There")));
        coordinator.given().accept("text/html").queryParam("institution", other).get("/admin/people").then()
                .statusCode(403);
        coordinator.given().accept("text/html").get("/admin/people/{id}", there.id()).then().statusCode(403);
        Sessions.as(aPerson().create()).given().accept("text/html").get("/admin/people").then().statusCode(403);
    }

    @Test
    void thePageShowsOnlyTheButtonsTheViewerMayUse() {
        TestPerson learner = aPerson().create();
        TestPerson staff = aPerson().withLocale("en").withRole(Role.COORDINATOR).create();
        Sessions.Session coordinator = Sessions.as(aPerson().withLocale("en").withRole(Role.COORDINATOR).create());
        Sessions.Session institutionAdmin = Sessions.as(aPerson().withLocale("en").withRole(Role.INSTITUTION_ADMIN).create());

        String overLearner = coordinator.given().accept("text/html").get("/admin/people/{id}", learner.id()).then()
                .statusCode(200).extract().asString();
        assertTrue(overLearner.contains("/admin/people/" + learner.id() + "/disable"), "a coordinator manages a teacher");
        assertTrue(overLearner.contains("/password-reset"));
        assertFalse(overLearner.contains("/roles?"), "but grants no role");

        String overStaff = coordinator.given().accept("text/html").get("/admin/people/{id}", staff.id()).then()
                .statusCode(200).extract().asString();
        assertFalse(overStaff.contains("/disable"), "nor manages another coordinator");
        assertFalse(overStaff.contains("/password-reset"));
        assertTrue(overStaff.contains("Coordinator of "), "whose role is shown in words");

        String byAdmin = institutionAdmin.given().accept("text/html").get("/admin/people/{id}", staff.id()).then()
                .statusCode(200).extract().asString();
        assertTrue(byAdmin.contains("/admin/people/" + staff.id() + "/roles?"), "an institution admin grants roles");
        assertTrue(byAdmin.contains("value=\"coordinator_institution\""));
        assertTrue(byAdmin.contains("value=\"author_institution\""));
        assertFalse(byAdmin.contains("value=\"admin_site\""), "but never site admin");
        assertFalse(byAdmin.contains("value=\"institution_admin_institution\""));
        assertFalse(byAdmin.contains("value=\"grader_course\""));
    }

    @Test
    void aCorrectionWithAnAddressInUseIsRefusedWithTheFieldAndKeepsWhatWasTyped() {
        TestPerson person = aPerson().withName("Before Name").create();
        TestPerson other = aPerson().create();
        Sessions.Session admin = Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create());

        admin.form().formParam("displayName", "Typed Name").formParam("email", other.email().toUpperCase())
                .formParam("locale", "en").formParam("institution", "test-school")
                .post("/admin/people/{id}", person.id()).then().statusCode(400)
                .body(containsString("is the address of another person"))
                .body(containsString("value=\"Typed Name\""));
        // In the reader's language: a Mongolian-speaking admin.
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).form().formParam("displayName", "")
                .formParam("email", person.email()).formParam("locale", "en").formParam("institution", "test-school")
                .post("/admin/people/{id}", person.id()).then().statusCode(400)
                .body(containsString("заавал бөглөнө, 200 тэмдэгтээс ихгүй"));

        String newEmail = unique("corrected-") + "@test.surgalt";
        admin.form().formParam("displayName", "Corrected Name").formParam("email", newEmail).formParam("locale", "en")
                .formParam("institution", "test-school").post("/admin/people/{id}", person.id()).then()
                .statusCode(303).header("Location", containsString("/admin/people/" + person.id() + "?done=saved"));
        admin.given().accept("text/html").get("/admin/people/{id}?done=saved", person.id()).then().statusCode(200)
                .body(containsString("The details are saved.")).body(containsString("Corrected Name"))
                .body(containsString(newEmail));
        Sessions.as(newEmail, person.password()).given().get("/api/me").then().statusCode(200);
        assertEquals(1, audited("person.edit", person.id(), "%Before Name%", "%Corrected Name%"));
    }

    @Test
    void anAdminMakesAnAccountWhosePersonIsMailedALinkAndBadFieldsComeBackWithWhatWasTyped() {
        Sessions.Session admin = Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create());
        String email = unique("new-coordinator-") + "@test.surgalt";
        admin.form().formParam("email", "not-an-address").formParam("displayName", "Typed Newcomer")
                .formParam("locale", "en").formParam("institution", "test-school").post("/admin/people")
                .then().statusCode(400).body(containsString("must be an email address"))
                .body(containsString("value=\"Typed Newcomer\""));
        mailbox.clear();
        String location = admin.form().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("email", email).formParam("displayName", "Шинэ Зохицуулагч")
                .formParam("locale", "mn").formParam("institution", "test-school").post("/admin/people")
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("?done=created"), location);
        admin.given().accept("text/html").get(location.substring(location.indexOf("/admin/people/"))).then()
                .statusCode(200).body(containsString("The account was made.")).body(containsString("Шинэ Зохицуулагч"));
        // No password given: the person chooses one through the mailed link; the page never shows it.
        assertEquals(1, mailbox.getMailsSentTo(email).size());
        assertTrue(mailbox.getMailsSentTo(email).get(0).getText().contains("/password-reset/"));
        // The same address again is a field error, not a failure.
        admin.form().formParam("email", email.toUpperCase()).formParam("displayName", "Twice")
                .formParam("locale", "en").post("/admin/people").then().statusCode(400)
                .body(containsString("is the address of another person"));
        // A coordinator makes no accounts.
        Sessions.as(aPerson().withRole(Role.COORDINATOR).create()).form().formParam("email", "x" + email)
                .formParam("displayName", "X").formParam("locale", "en").formParam("institution", "test-school")
                .post("/admin/people").then().statusCode(403);
    }

    @Test
    void anInstitutionAdminDoesNotMoveSomeoneToAnotherInstitution() {
        TestPerson person = aPerson().create();
        Sessions.Session institutionAdmin = Sessions.as(aPerson().withLocale("en").withRole(Role.INSTITUTION_ADMIN).create());
        aPerson().inInstitution("people-elsewhere").create();
        institutionAdmin.form().formParam("displayName", "Moved").formParam("email", person.email())
                .formParam("locale", "mn").formParam("institution", "people-elsewhere")
                .post("/admin/people/{id}", person.id()).then().statusCode(400)
                .body(containsString("only a site admin moves a person to another institution"));
    }

    @Test
    void disablingEndsThePersonsSessionAndApiAccessAtOnce() {
        TestPerson person = aPerson().create();
        Sessions.Session theirs = Sessions.as(person);
        theirs.given().get("/api/me").then().statusCode(200);
        Sessions.Session coordinator = Sessions.as(aPerson().withLocale("en").withRole(Role.COORDINATOR).create());

        coordinator.form().post("/admin/people/{id}/disable", person.id()).then().statusCode(303)
                .header("Location", containsString("done=disabled"));

        theirs.given().get("/api/me").then().statusCode(401);
        theirs.given().accept("text/html").redirects().follow(false).get("/home").then().statusCode(303);
        coordinator.given().accept("text/html").get("/admin/people/{id}", person.id()).then().statusCode(200)
                .body(containsString("Disabled")).body(containsString("/admin/people/" + person.id() + "/enable"));
        Sessions.postLogin(Sessions.csrfToken(), person.email(), person.password()).then()
                .header("Location", not(containsString("/home")));

        coordinator.form().post("/admin/people/{id}/enable", person.id()).then().statusCode(303);
        Sessions.as(person).given().get("/api/me").then().statusCode(200);
    }

    @Test
    void signingOutEverywhereEndsEverySession() {
        TestPerson person = aPerson().create();
        Sessions.Session phone = Sessions.as(person);
        Sessions.Session laptop = Sessions.as(person);
        Sessions.Session admin = Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create());

        admin.form().post("/admin/people/{id}/sign-out", person.id()).then().statusCode(303);

        phone.given().get("/api/me").then().statusCode(401);
        laptop.given().get("/api/me").then().statusCode(401);
        Sessions.as(person).given().get("/api/me").then().statusCode(200);
    }

    @Test
    void theResetLinkIsMailedToThePersonAndNeverShownOnThePage() {
        TestPerson person = aPerson().create();
        Sessions.Session coordinator = Sessions.as(aPerson().withLocale("en").withRole(Role.COORDINATOR).create());
        mailbox.clear();

        String location = coordinator.form().post("/admin/people/{id}/password-reset", person.id()).then()
                .statusCode(303).extract().header("Location");
        String page = coordinator.given().accept("text/html").get(location).then().statusCode(200).extract().asString();

        assertTrue(page.contains("A password-reset link is on its way"), page);
        assertFalse(page.contains("/password-reset/"), "the link is not on the page");
        assertEquals(1, mailbox.getMailsSentTo(person.email()).size());
        assertTrue(mailbox.getMailsSentTo(person.email()).get(0).getText().contains("/password-reset/"));
    }

    private long audited(String action, long person, String before, String after) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = ?1 AND target_user_id = ?2 AND before_state LIKE ?3 "
                        + "AND after_state LIKE ?4 AND object_type = 'person'")
                .setParameter(1, action).setParameter(2, person).setParameter(3, before).setParameter(4, after)
                .getSingleResult())).longValue();
    }
}
