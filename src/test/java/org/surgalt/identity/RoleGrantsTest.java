package org.surgalt.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.cohort.NewCohort;
import org.surgalt.course.Course;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Granting and revoking roles (identity/GrantAccess, RoleGrantService) through the JSON API and the
 * person's page: who may grant what, the effect on the person's very next request, the words that
 * say what each role allows, and the audit log's before and after.
 */
@QuarkusTest
class RoleGrantsTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> grant(String role, String scope, long scopeId) {
        return Map.of("role", role, "scope", scope, "scopeId", scopeId);
    }

    private static long institutionId(String code) {
        return Arc.container().instance(IdentityService.class).get().institution(code).id();
    }

    @Test
    void aSiteAdminGrantsEachHonouredRoleAndTheWordsSayWhatItAllows() {
        Course course = aCourse().create();
        TestPerson admin = aPerson().withLocale("en").withRole(Role.ADMIN).create();
        Cohort cohort = Arc.container().instance(CohortService.class).get().create(viewer(admin, Set.of(Grant.site(Role.ADMIN))),
                new NewCohort("grants-" + System.nanoTime() % 1_000_000, "Khovd spring cohort", null, null, null));
        TestPerson person = aPerson().create();
        Sessions.Session theirs = Sessions.as(person);
        Sessions.Session byAdmin = Sessions.as(admin);

        byAdmin.given().contentType(ContentType.JSON).body(grant("coordinator", "cohort", cohort.id()))
                .post("/api/admin/users/{id}/roles", person.id()).then().statusCode(201);
        byAdmin.given().contentType(ContentType.JSON).body(grant("grader", "course", course.id()))
                .post("/api/admin/users/{id}/roles", person.id()).then().statusCode(201);
        byAdmin.given().contentType(ContentType.JSON).body(grant("author", "institution", institutionId("test-school")))
                .post("/api/admin/users/{id}/roles", person.id()).then().statusCode(201);
        // Granting it again changes nothing.
        byAdmin.given().contentType(ContentType.JSON).body(grant("grader", "course", course.id()))
                .post("/api/admin/users/{id}/roles", person.id()).then().statusCode(200);

        // On the person's very next request, with the session they already had.
        theirs.given().get("/api/me").then().statusCode(200)
                .body("roles", hasItem("coordinator@cohort:" + cohort.id()))
                .body("roles", hasItem("grader@course:" + course.id()));
        theirs.given().accept("text/html").get("/cohorts/{code}", cohort.code()).then().statusCode(200);

        JsonPath roles = byAdmin.given().get("/api/admin/users/{id}/roles", person.id()).then().statusCode(200)
                .extract().jsonPath();
        List<String> words = roles.getList("roles.words");
        assertTrue(words.contains("Coordinator of the cohort Khovd spring cohort: its members, face-to-face sessions, "
                + "attendance and reports."), words.toString());
        assertTrue(words.contains("Grader of the course " + course.code()
                + ": grades its submissions and follows its learners' progress."), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.startsWith("Author at Туршилтын сургууль test-school: may create courses")),
                words.toString());
        assertTrue(roles.getList("grantable").contains("admin@site"));
        assertTrue(!roles.getList("grantable").contains("grader@institution"), "a role no rule honours is not offered");

        List<String> mongolian = byAdmin.given().header("Accept-Language", "mn")
                .get("/api/admin/users/{id}/roles", person.id()).then().extract().jsonPath().getList("roles.words");
        assertTrue(mongolian.contains("Khovd spring cohort бүлгийн зохицуулагч: гишүүд, танхимын хичээл, ирц, тайлан."),
                mongolian.toString());

        byAdmin.given().contentType(ContentType.JSON).body(grant("coordinator", "cohort", cohort.id()))
                .post("/api/admin/users/{id}/roles/revoke", person.id()).then().statusCode(200)
                .body("roles.role", not(hasItem("coordinator")));
        theirs.given().get("/api/me").then().body("roles", not(hasItem("coordinator@cohort:" + cohort.id())));
        theirs.given().accept("text/html").get("/cohorts/{code}", cohort.code()).then().statusCode(403);
        assertEquals(1, audited("role.grant", admin.id(), person.id(), "%\"roles\":[]%", "%coordinator@cohort:" + cohort.id() + "%"));
        assertEquals(1, audited("role.revoke", admin.id(), person.id(), "%coordinator@cohort:%", "%grader@course:%"));
    }

    @Test
    void anInstitutionAdminGrantsCoordinatorAndAuthorOfTheirInstitutionToItsPeopleAndNothingElse() {
        TestPerson institutionAdmin = aPerson().withLocale("en").withRole(Role.INSTITUTION_ADMIN).create();
        Sessions.Session session = Sessions.as(institutionAdmin);
        TestPerson teacher = aPerson().create();
        TestPerson outsider = aPerson().inInstitution("grants-other-school").create();
        long school = institutionId("test-school");
        Course course = aCourse().create();

        session.given().contentType(ContentType.JSON).body(grant("coordinator", "institution", school))
                .post("/api/admin/users/{id}/roles", teacher.id()).then().statusCode(201);
        Sessions.as(teacher).given().get("/api/me").then().body("roles", hasItem("coordinator@institution:" + school));

        for (Map<String, Object> refused : List.of(grant("admin", "site", 0), grant("institution-admin", "institution",
                school), grant("coordinator", "institution", institutionId("grants-other-school")),
                grant("grader", "course", course.id()))) {
            session.given().contentType(ContentType.JSON).body(refused).post("/api/admin/users/{id}/roles", teacher.id())
                    .then().statusCode(403);
        }
        session.given().contentType(ContentType.JSON).body(grant("author", "institution", school))
                .post("/api/admin/users/{id}/roles", outsider.id()).then().statusCode(403);
        // A combination no rule honours is refused as such, whoever asks.
        Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON)
                .body(grant("grader", "institution", school)).post("/api/admin/users/{id}/roles", teacher.id())
                .then().statusCode(400).body(containsString("must be one of the roles offered"));
        // Nobody changes their own roles.
        session.given().contentType(ContentType.JSON).body(grant("author", "institution", school))
                .post("/api/admin/users/{id}/roles", institutionAdmin.id()).then().statusCode(403);
        session.given().contentType(ContentType.JSON).body(grant("coordinator", "institution", school))
                .post("/api/admin/users/{id}/roles/revoke", teacher.id()).then().statusCode(200);
    }

    @Test
    void thePersonsPageGrantsByCodeAndKeepsWhatWasTypedWhenTheCodeNamesNothing() {
        TestPerson person = aPerson().create();
        Course course = aCourse().create();
        Sessions.Session admin = Sessions.as(aPerson().withLocale("en").withRole(Role.ADMIN).create());

        admin.form()
                .formParam("kind", "reviewer_course").formParam("scope", "no-such-course")
                .post("/admin/people/{id}/roles", person.id()).then().statusCode(400)
                .body(containsString("names no institution, course or cohort"))
                .body(containsString("value=\"no-such-course\""));
        admin.form()
                .formParam("kind", "reviewer_course").formParam("scope", course.code())
                .post("/admin/people/{id}/roles", person.id()).then().statusCode(303);
        admin.given().accept("text/html").get("/admin/people/{id}", person.id()).then().statusCode(200)
                .body(containsString("Reviewer of the course " + course.code() + ": reads its draft and asks for changes."));
        admin.form()
                .formParam("role", "REVIEWER").formParam("scope", "COURSE").formParam("scopeId", course.id())
                .post("/admin/people/{id}/roles/revoke", person.id()).then().statusCode(303);
        admin.given().accept("text/html").get("/admin/people/{id}", person.id()).then()
                .body(containsString("No roles: the person takes the courses they are enrolled in."));
    }

    private static Viewer viewer(TestPerson person, Set<Grant> grants) {
        return new Viewer(person.id(), person.email(), "admin", Locale.ENGLISH, null, grants);
    }

    private long audited(String action, long actor, long person, String before, String after) {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT COUNT(*) FROM audit_event WHERE action = ?1 AND actor_id = ?2 AND target_user_id = ?3 "
                        + "AND before_state LIKE ?4 AND after_state LIKE ?5")
                .setParameter(1, action).setParameter(2, actor).setParameter(3, person).setParameter(4, before)
                .setParameter(5, after).getSingleResult())).longValue();
    }
}
