package org.surgalt.admin.rights;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * Erasing a person: after it, nothing identifies them and they cannot sign in, while every
 * dashboard figure they counted in stays as it was; it takes their email typed to confirm, and
 * happens once.
 */
@QuarkusTest
class PersonErasureTest {

    @Inject
    EntityManager em;

    @Test
    void afterErasureNothingNamesThePersonTheyCannotSignInAndTheDashboardsCountThemTheSame() {
        PersonFixture f = new PersonFixture();
        long id = f.learner.id();
        Sessions.Session learnerSession = f.assignment.learner;
        JsonPath before = report(f);
        long facts = count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1", id);
        assertTrue(facts > 0);

        // A wrong confirmation changes nothing, and the page keeps what was typed.
        String refused = form(f, id, "someone@else.mn").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("value=\"someone@else.mn\""), "the typed text stays");
        learnerSession.given().accept("application/json").when().get("/api/me").then().statusCode(200);

        form(f, id, f.learner.email().toUpperCase()).then().statusCode(303);

        Object[] account = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT email, display_name, erased_at, disabled_at, institution_id FROM app_user WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
        assertEquals("erased-" + id + "@erased.invalid", account[0]);
        assertEquals("Erased person", account[1]);
        assertNotNull(account[2]);
        assertNotNull(account[3]);
        assertNotNull(account[4], "the institution stays, for the aimag and soum figures");

        // Cannot sign in: the open session is gone and the password with it.
        learnerSession.given().accept("application/json").when().get("/api/me").then().statusCode(401);
        Sessions.postLogin(Sessions.csrfToken(), f.learner.email(), PersonBuilder.PASSWORD).then().statusCode(302)
                .header("Location", containsString("/login?error=1"));
        Sessions.postLogin(Sessions.csrfToken(), "erased-" + id + "@erased.invalid", PersonBuilder.PASSWORD).then()
                .statusCode(302).header("Location", containsString("/login?error=1"));

        Object[] submission = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT body, feedback, points FROM submission WHERE id = ?1").setParameter(1, f.submissionId)
                .getSingleResult());
        assertNull(submission[0], "the submission's text is gone");
        assertNull(submission[1], "the feedback (it names the learner) is gone");
        assertEquals(80, ((Number) submission[2]).intValue(), "the grade's score stays");
        assertEquals(0, count("SELECT COUNT(*) FROM submission_file WHERE submission_id = ?1", f.submissionId));
        assertEquals(0, count("SELECT COUNT(*) FROM upload WHERE owner_id = ?1", id));
        assertEquals(0, count("SELECT COUNT(*) FROM local_credential WHERE user_id = ?1", id));
        assertEquals(0, count("SELECT COUNT(*) FROM sign_in_session WHERE user_id = ?1", id));
        assertEquals(facts, count("SELECT COUNT(*) FROM completion_fact WHERE user_id = ?1", id), "facts stay");
        assertEquals(1, count("SELECT COUNT(*) FROM certificate WHERE user_id = ?1 AND revoked_at IS NOT NULL "
                + "AND learner_name = 'Erased person'", id), "the certificate is revoked and names nobody");

        JsonPath after = report(f);
        for (String figure : List.of("total", "rows", "funnels", "inactive.count", "notAttended.count")) {
            assertEquals(String.valueOf((Object) before.get(figure)), String.valueOf((Object) after.get(figure)), figure);
        }

        AuditRows.Row erased = AuditRows.of("person.erase", "person", id).get(0);
        assertEquals(f.admin.id(), erased.actorId());
        assertFalse(erased.after().contains(f.learner.email()), "the event holds no personal data");
        // Once only; the page says it happened and offers no second erasure.
        f.adminSession.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("confirm", "erased-" + id + "@erased.invalid")).when()
                .post("/api/admin/users/{id}/data/erase", id).then().statusCode(409);
        String page = f.adminSession.given().accept("text/html").cookie("lang", "en").when().get("/admin/people/{id}/data", id).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("This person has been erased"));
        assertFalse(page.contains("name=\"confirm\""));
    }

    @Test
    void theApiAsksForTheEmailAndOnlyAnAdminWithAuthorityErases() {
        PersonFixture f = new PersonFixture();
        f.adminSession.given().contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of()).when()
                .post("/api/admin/users/{id}/data/erase", f.learner.id()).then().statusCode(400);
        Sessions.as(PersonBuilder.aPerson().withRole(org.surgalt.identity.Role.COORDINATOR).create()).given()
                .contentType(ContentType.JSON).accept(ContentType.JSON).body(Map.of("confirm", f.learner.email()))
                .when().post("/api/admin/users/{id}/data/erase", f.learner.id()).then().statusCode(403);
        f.adminSession.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("confirm", f.admin.email())).when().post("/api/admin/users/{id}/data/erase", f.admin.id())
                .then().statusCode(403);
        f.adminSession.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("confirm", f.learner.email())).when().post("/api/admin/users/{id}/data/erase", f.learner.id())
                .then().statusCode(204);
        assertEquals(1, AuditRows.of("person.erase", "person", f.learner.id()).size());
    }

    private io.restassured.response.Response form(PersonFixture f, long id, String confirm) {
        return f.adminSession.given().accept("text/html").redirects().follow(false)
                .contentType(ContentType.URLENC.withCharset("UTF-8")).queryParam("_csrf", f.adminSession.csrf())
                .formParams(Map.of("confirm", confirm, "_csrf", f.adminSession.csrf())).when()
                .post("/admin/people/{id}/data/erase", id);
    }

    private JsonPath report(PersonFixture f) {
        return f.adminSession.given().accept("application/json").when().get("/api/reports/cohorts/{id}", f.cohortId)
                .then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, long id) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, id)
                .getSingleResult())).longValue();
    }
}
