package org.surgalt.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/** Institutions run by site admins (and renamed by their own admins), through the pages and the JSON API. */
@QuarkusTest
class InstitutionsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static String code(String stem) {
        return stem + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    private static RequestSpecification json(Sessions.Session session) {
        return session.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static Map<String, Object> body(String code, String name, String kind, String aimag, String soum,
            boolean addSoum) {
        return Map.of("code", code, "name", name, "kind", kind, "aimag", aimag, "soum", soum, "addSoum", addSoum);
    }

    private static long create(Sessions.Session admin, String code, String name) {
        return json(admin).body(body(code, name, "SCHOOL", "Ховд", "Жаргалант", false)).when()
                .post("/api/admin/institutions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aSiteAdminCreatesAnInstitutionInAKnownPlaceOrAddsItsSoumAndEveryChangeIsAudited() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String code = code("khovd-school");
        // English names are recognised; the Mongolian ones are stored.
        long id = json(admin).body(body(code, "Ховд аймгийн Жаргалант сумын 1-р сургууль", "school", "Khovd",
                "Jargalant", false)).when().post("/api/admin/institutions").then().statusCode(201)
                .body("aimag", equalTo("Ховд")).body("soum", equalTo("Жаргалант")).body("kind", equalTo("SCHOOL"))
                .extract().jsonPath().getLong("id");
        assertEquals("institution.create", AdminDb.text(
                "SELECT action FROM audit_event WHERE object_type = 'institution' AND object_id = ?", id));

        String soum = "Шинэсум" + SEQUENCE.incrementAndGet();
        json(admin).body(body(code("arkhangai"), "Архангай сургууль", "SCHOOL", "Архангай", soum, false)).when()
                .post("/api/admin/institutions").then().statusCode(400).body(containsString("soum"));
        json(admin).body(body(code("nowhere"), "Сургууль", "SCHOOL", "Атлантис", "Буянт", false)).when()
                .post("/api/admin/institutions").then().statusCode(400).body(containsString("aimag"));
        json(admin).body(body(code, "Twin", "SCHOOL", "Ховд", "Буянт", false)).when()
                .post("/api/admin/institutions").then().statusCode(400).body(containsString("another institution has this code"));
        json(admin).body(body(code("ministry"), "Боловсролын яам", "MINISTRY", "Архангай", soum, true)).when()
                .post("/api/admin/institutions").then().statusCode(201).body("soum", equalTo(soum));
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM place WHERE aimag = 'Архангай' AND name_mn = ?", soum));
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM audit_event WHERE action = 'place.create' AND after_state LIKE ?",
                "%" + soum + "%"));

        json(admin).body(body(code, "Жаргалант сумын сургууль", "SCHOOL", "Ховд", "Жаргалант", false)).when()
                .put("/api/admin/institutions/" + id).then().statusCode(200).body("name", equalTo("Жаргалант сумын сургууль"));
        String before = AdminDb.text("SELECT before_state FROM audit_event WHERE action = 'institution.edit' "
                + "AND object_id = ?", Long.toString(id));
        assertTrue(before.contains("Ховд аймгийн Жаргалант сумын 1-р сургууль"), before);
    }

    @Test
    void thePagesSearchFilterCreateAndReRenderAFormWithItsErrorsAndWhatWasTyped() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String code = code("ub-school");
        String name = "Сүхбаатар дүүргийн " + code;
        admin.given().cookie("lang", "en").queryParam("_csrf", admin.csrf()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", "Not A Code").formParam("name", name).formParam("kind", "SCHOOL")
                .formParam("aimag", "Улаанбаатар").formParam("soum", "Сүхбаатар")
                .when().post("/admin/institutions").then().statusCode(400)
                .body(containsString("lower-case Latin letters"), containsString("value=\"" + name + "\""),
                        containsString("value=\"Not A Code\""));
        String location = admin.given().queryParam("_csrf", admin.csrf()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("code", code).formParam("name", name).formParam("kind", "SCHOOL")
                .formParam("aimag", "Улаанбаатар").formParam("soum", "Сүхбаатар").redirects().follow(false)
                .when().post("/admin/institutions").then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/admin/institutions/\\d+\\?saved=1$"), location);

        admin.given().cookie("lang", "mn").queryParam("q", code).when().get("/admin/institutions").then()
                .statusCode(200).body(containsString(name), containsString("Сургууль"), containsString("Байгууллагууд"));
        admin.given().queryParam("q", code).queryParam("aimag", "Ховд").when().get("/admin/institutions").then()
                .statusCode(200).body(not(containsString(name)));
        admin.given().queryParam("q", code).queryParam("kind", "UNIVERSITY").when().get("/admin/institutions").then()
                .statusCode(200).body(not(containsString(name)));
        admin.given().cookie("lang", "en").when().get(location).then().statusCode(200)
                .body(containsString("Saved."), containsString("Retire this institution"), containsString("Merge"));
    }

    @Test
    void anInstitutionAdminSeesAndRenamesTheirOwnInstitutionOnly() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String own = code("own");
        long ownId = create(admin, own, "Өөрийн сургууль");
        long otherId = create(admin, code("other"), "Өөр сургууль");
        Sessions.Session institutionAdmin = Sessions.as(aPerson().inInstitution(own).withRole(Role.INSTITUTION_ADMIN)
                .create());

        json(institutionAdmin).when().get("/api/admin/institutions").then().statusCode(200)
                .body("code", equalTo(List.of(own)));
        json(institutionAdmin).when().get("/api/admin/institutions/" + otherId).then().statusCode(404);
        json(institutionAdmin).body(Map.of("name", "Шинэ нэр")).when().put("/api/admin/institutions/" + ownId).then()
                .statusCode(200).body("name", equalTo("Шинэ нэр"));
        json(institutionAdmin).body(Map.of("name", "Шинэ нэр", "code", "stolen-code")).when()
                .put("/api/admin/institutions/" + ownId).then().statusCode(403);
        json(institutionAdmin).body(body(code("mine"), "Миний", "SCHOOL", "Ховд", "Буянт", false)).when()
                .post("/api/admin/institutions").then().statusCode(403);
        // The page offers the name only, and no retire or merge.
        institutionAdmin.given().cookie("lang", "en").when().get("/admin/institutions/" + ownId).then().statusCode(200)
                .body(containsString("Шинэ нэр"), not(containsString("name=\"code\"")), not(containsString("Retire")),
                        not(containsString("/merge")));
        institutionAdmin.given().queryParam("_csrf", institutionAdmin.csrf())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("name", "Хуудаснаас").redirects().follow(false)
                .when().post("/admin/institutions/" + ownId).then().statusCode(303);
        assertEquals("Хуудаснаас", AdminDb.text("SELECT name FROM institution WHERE id = ?", ownId));
        assertEquals(own, AdminDb.text("SELECT code FROM institution WHERE id = ?", ownId));
    }

    @Test
    void aRetiredInstitutionIsKeptButNotOfferedForNewPeopleUntilPutBackInUse() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String code = code("closing");
        long id = create(admin, code, "Хаагдах сургууль");
        json(admin).when().post("/api/admin/institutions/" + id + "/retire").then().statusCode(200)
                .body("retired", equalTo(true));
        json(admin).queryParam("q", code).when().get("/api/admin/institutions").then().statusCode(200)
                .body("code", not(hasItem(code)));
        json(admin).queryParam("q", code).queryParam("retired", true).when().get("/api/admin/institutions").then()
                .statusCode(200).body("code", hasItem(code));
        json(admin).body(Map.of("email", code + "@test.surgalt", "displayName", "Шинэ багш", "locale", "mn",
                "institution", code)).when().post("/api/admin/users").then().statusCode(400)
                .body(containsString("is retired"));
        assertEquals("institution.retire", AdminDb.text("SELECT action FROM audit_event WHERE object_id = ? "
                + "ORDER BY id DESC LIMIT 1", Long.toString(id)));

        json(admin).when().post("/api/admin/institutions/" + id + "/unretire").then().statusCode(200)
                .body("retired", equalTo(false));
        json(admin).body(Map.of("email", code + "@test.surgalt", "displayName", "Шинэ багш", "locale", "mn",
                "institution", code)).when().post("/api/admin/users").then().statusCode(201);
    }

    @Test
    void mergingMovesPeopleRolesProvidersAndClientsAndRetiresTheMergedOne() {
        TestPerson siteAdmin = aPerson().withRole(Role.ADMIN).create();
        Sessions.Session admin = Sessions.as(siteAdmin);
        String goneCode = code("gone");
        String keptCode = code("kept");
        long gone = create(admin, goneCode, "Нэгтгэгдэх сургууль");
        long kept = create(admin, keptCode, "Үлдэх сургууль");
        TestPerson teacher = aPerson().inInstitution(goneCode).create();
        TestPerson coordinator = aPerson().inInstitution(goneCode).withRole(Role.COORDINATOR).create();
        // Holds the role in both: one grant remains.
        TestPerson both = aPerson().inInstitution(goneCode).withRole(Role.COORDINATOR)
                .withGrant(Grant.institution(Role.COORDINATOR, kept)).create();
        json(admin).body(Map.of("code", goneCode + "-sso", "institution", goneCode, "displayName", "Нэгтгэгдэх",
                "issuer", "http://127.0.0.1:9/realms/" + goneCode, "clientId", "surgalt")).when()
                .post("/api/admin/identity-providers").then().statusCode(201);
        json(admin).body(Map.of("name", "Нэгтгэгдэх LRS", "institution", goneCode, "read", true, "write", true)).when()
                .post("/api/admin/xapi-clients").then().statusCode(201);
        // Teams made one per school: the merged school's becomes the kept one's, unless the cohort has one for it.
        long cohortA = org.surgalt.testsupport.CohortBuilder.aCohort().create().id();
        long cohortB = org.surgalt.testsupport.CohortBuilder.aCohort().create().id();
        long teamA = org.surgalt.testsupport.CohortBuilder.sql(
                "INSERT INTO cohort_team (cohort_id, name, institution_id) VALUES (?1, 'Gone school', ?2)", cohortA, gone);
        long teamB = org.surgalt.testsupport.CohortBuilder.sql(
                "INSERT INTO cohort_team (cohort_id, name, institution_id) VALUES (?1, 'Gone school', ?2)", cohortB, gone);
        org.surgalt.testsupport.CohortBuilder.sql(
                "INSERT INTO cohort_team (cohort_id, name, institution_id) VALUES (?1, 'Kept school', ?2)", cohortB, kept);

        json(admin).body(Map.of("into", gone)).when().post("/api/admin/institutions/" + gone + "/merge").then()
                .statusCode(400).body(containsString("another institution"));
        json(admin).body(Map.of("into", kept)).when().post("/api/admin/institutions/" + gone + "/merge").then()
                .statusCode(200).body("code", equalTo(keptCode));

        for (TestPerson person : List.of(teacher, coordinator, both)) {
            assertEquals(Long.toString(kept), AdminDb.text("SELECT institution_id FROM app_user WHERE id = ?", person.id()));
        }
        assertEquals(List.of("COORDINATOR"), AdminDb.column("SELECT role FROM role_grant WHERE user_id = ? "
                + "AND scope_type = 'INSTITUTION' AND scope_id = ?", coordinator.id(), kept));
        assertEquals(1, AdminDb.count("SELECT COUNT(*) FROM role_grant WHERE user_id = ? AND scope_type = 'INSTITUTION'",
                both.id()));
        assertEquals(0, AdminDb.count("SELECT COUNT(*) FROM role_grant WHERE scope_type = 'INSTITUTION' AND scope_id = ?",
                gone));
        assertEquals(Long.toString(kept), AdminDb.text("SELECT institution_id FROM identity_provider WHERE code = ?",
                goneCode + "-sso"));
        assertEquals(Long.toString(kept), AdminDb.text("SELECT institution_id FROM xapi_client WHERE name = ?",
                "Нэгтгэгдэх LRS"));
        assertEquals(Long.toString(kept), AdminDb.text("SELECT merged_into FROM institution WHERE id = ?", gone));
        assertEquals(Long.toString(kept), AdminDb.text("SELECT institution_id FROM cohort_team WHERE id = ?", teamA));
        assertEquals(Long.toString(gone), AdminDb.text("SELECT institution_id FROM cohort_team WHERE id = ?", teamB),
                "cohort B has a team for the kept school already");
        String after = AdminDb.text("SELECT after_state FROM audit_event WHERE action = 'institution.merge' "
                + "AND object_id = ?", Long.toString(kept));
        assertTrue(after.contains("\"people\":3") && after.contains(goneCode), after);
        assertEquals(Long.toString(siteAdmin.id()), AdminDb.text("SELECT actor_id FROM audit_event "
                + "WHERE action = 'institution.merge' AND object_id = ?", Long.toString(kept)));

        // Merged: it stays retired, and nothing merges into it.
        json(admin).when().post("/api/admin/institutions/" + gone + "/unretire").then().statusCode(409);
        long third = create(admin, code("third"), "Гурав дахь");
        json(admin).body(Map.of("into", gone)).when().post("/api/admin/institutions/" + third + "/merge").then()
                .statusCode(400).body(containsString("retired"));
        admin.given().cookie("lang", "en").when().get("/admin/institutions/" + gone).then().statusCode(200)
                .body(containsString("Merged into Үлдэх сургууль"));
    }

    @Test
    void theMergeMovesEveryColumnThatReferencesAnInstitution() {
        // A new foreign key to institution(id) must be moved by identity/InstitutionMerger (or named here with why not).
        Set<String> referencing = new TreeSet<>(AdminDb.column("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) "
                + "FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_SCHEMA = DATABASE() "
                + "AND REFERENCED_TABLE_NAME = 'institution'"));
        assertEquals(new TreeSet<>(List.of("app_user.institution_id", "cohort_team.institution_id",
                "identity_provider.institution_id",
                "institution.merged_into", "school_node.institution_id", "xapi_client.institution_id",
                // Keyed by a hash that includes the institution: the LRS state stays with the merged one.
                "xapi_document.institution_id")), referencing);
    }

    @Test
    void theAdministrationHomeListsThePagesEachViewerMayUse() {
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        admin.given().cookie("lang", "en").when().get("/admin").then().statusCode(200)
                .body(containsString("href=\"/admin/institutions\""), containsString("href=\"/admin/xapi-clients\""),
                        containsString("<a href=\"/admin\">Administration</a>"));
        Sessions.Session institutionAdmin = Sessions.as(aPerson().withRole(Role.INSTITUTION_ADMIN).create());
        institutionAdmin.given().cookie("lang", "mn").when().get("/admin").then().statusCode(200)
                .body(containsString("href=\"/admin/institutions\""), not(containsString("/admin/xapi-clients")),
                        containsString("Удирдлага"));
        Sessions.Session learner = Sessions.as(aPerson().create());
        learner.given().when().get("/admin").then().statusCode(403);
        learner.given().cookie("lang", "en").when().get("/home").then().statusCode(200)
                .body(not(containsString("href=\"/admin\"")));
    }
}
