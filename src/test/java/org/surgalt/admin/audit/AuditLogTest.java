package org.surgalt.admin.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.sso.SsoProvider;
import org.surgalt.identity.sso.SsoService;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * The audit log as its readers use it: filtered, newest first, a cursor to older events, the
 * actions in words, before → after, exports of exactly the filtered events; site admins see all,
 * institution admins what is about their institution's people, nobody else anything.
 */
@QuarkusTest
class AuditLogTest {

    private static void record(Long actor, String action, Long person, Map<String, Object> before,
            Map<String, Object> after) {
        AuditLog audit = Arc.container().instance(AuditLog.class).get();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditLog.by(actor, action).object("person", person)
                .person(person).before(before).after(after)));
    }

    @Test
    void institutionAdminsSeeTheirPeoplesEventsAndSiteAdminsEveryone() {
        String school = "audit-school-" + System.nanoTime() % 1_000_000;
        TestPerson ours = aPerson().inInstitution(school).create();
        TestPerson theirs = aPerson().create();
        TestPerson institutionAdmin = aPerson().inInstitution(school).withRole(Role.INSTITUTION_ADMIN).create();
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        String action = "scope" + System.nanoTime() % 1_000_000 + ".edit";
        record(admin.id(), action, ours.id(), Map.of("name", "Bat"), Map.of("name", "Bold"));
        record(admin.id(), action, theirs.id(), null, Map.of("name", "Dorj"));
        long ourProvider = provider(admin, school);
        long theirProvider = provider(admin, "test-school");
        AuditLog audit = Arc.container().instance(AuditLog.class).get();
        for (long provider : List.of(ourProvider, theirProvider)) {
            QuarkusTransaction.requiringNew().run(() -> audit.record(AuditLog.by(admin.id(), action)
                    .object("identity_provider", provider).after(Map.of("enabled", false))));
        }

        JsonPath seen = Sessions.as(institutionAdmin).given().accept("application/json").queryParam("action", action)
                .when().get("/api/admin/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Long.toString(ourProvider), Long.toString(ours.id())), seen.getList("events.objectId"),
                "only their own institution's person and provider");
        assertEquals("name", seen.getString("events[1].changes[0].field"));
        assertEquals("Bat", seen.getString("events[1].changes[0].before"));
        assertEquals("Bold", seen.getString("events[1].changes[0].after"));
        JsonPath all = Sessions.as(admin).given().accept("application/json").queryParam("action", action)
                .when().get("/api/admin/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(Long.toString(theirProvider), Long.toString(ourProvider), Long.toString(theirs.id()),
                Long.toString(ours.id())), all.getList("events.objectId"), "all, newest first");
        for (TestPerson refused : List.of(aPerson().create(), aPerson().withRole(Role.COORDINATOR).create())) {
            Sessions.as(refused).given().accept("application/json").when().get("/api/admin/audit").then()
                    .statusCode(403);
        }
    }

    private static long provider(TestPerson admin, String institution) {
        String code = "audit-idp-" + System.nanoTime() % 1_000_000;
        Viewer viewer = new Viewer(admin.id(), admin.email(), "admin", Locale.ENGLISH, null,
                Set.of(Grant.site(Role.ADMIN)));
        return Arc.container().instance(SsoService.class).get().create(viewer, code, institution,
                new SsoProvider.Settings("Unreachable", "http://127.0.0.1:9/realms/" + code, "surgalt", "secret", null,
                        null, null, true)).id();
    }

    @Test
    void aCursorWalksEveryFilteredEventOnceNewestFirst() {
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        TestPerson person = aPerson().create();
        String prefix = "paging" + System.nanoTime() % 1_000_000;
        for (int i = 0; i < 55; i++) {
            record(admin.id(), prefix + ".step" + i, person.id(), null, Map.of("step", i));
        }
        record(admin.id(), "other" + prefix + ".step", person.id(), null, null);
        Sessions.Session session = Sessions.as(admin);
        List<Long> ids = new ArrayList<>();
        String next = "/api/admin/audit?action=" + prefix + ".";
        int pages = 0;
        while (next != null) {
            JsonPath page = session.given().accept("application/json").when().get(next).then().statusCode(200)
                    .extract().jsonPath();
            ids.addAll(longs(page.getList("events.id")));
            next = page.getString("next");
            pages++;
        }
        assertEquals(2, pages);
        assertEquals(55, ids.size(), "the prefix matches its 55 events and not the other action");
        assertEquals(55, ids.stream().distinct().count(), "no event twice");
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, ids, "newest first");

        String csv = session.given().queryParam("action", prefix + "*").when().get("/admin/audit/export.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertEquals(56, csv.strip().split("\r?\n").length, "a header and the 55 events");
        assertTrue(csv.contains(prefix + ".step54"), csv.substring(0, Math.min(400, csv.length())));
        String lines = session.given().queryParam("action", prefix + ".").queryParam("person", person.email()).when()
                .get("/admin/audit/export.jsonl").then().statusCode(200).extract().asString();
        List<String> events = lines.strip().lines().toList();
        assertEquals(55, events.size());
        JsonPath first = JsonPath.from(events.get(0));
        assertEquals(prefix + ".step54", first.getString("action"));
        assertEquals(54, first.getInt("after.step"), "states as JSON, not as text");
    }

    @Test
    void thePageNamesActionsInWordsKeepsTheFiltersAndRefusesABadDate() {
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        TestPerson person = aPerson().create();
        AuditLog audit = Arc.container().instance(AuditLog.class).get();
        QuarkusTransaction.requiringNew().run(() -> audit.record(admin.id(), AuditLog.Action.PERSON_DISABLED,
                person.id(), "2 sessions ended"));
        record(admin.id(), "unnamed.thing", person.id(), null, null);
        Sessions.Session session = Sessions.as(admin);
        String page = session.given().accept("text/html").cookie("lang", "en").queryParam("person", person.email()).when()
                .get("/admin/audit").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Person disabled"), "the action in words");
        assertTrue(page.contains("unnamed.thing"), "an action without words by its name");
        assertTrue(page.contains("2 sessions ended"));
        assertTrue(page.contains("Nothing here can be edited or deleted"), "the note says the log is read only");
        assertTrue(page.contains("value=\"" + person.email() + "\""), "the filter is kept");
        String mongolian = session.given().accept("text/html").cookie("lang", "mn").queryParam("person", person.email())
                .when().get("/admin/audit").then().statusCode(200).extract().asString();
        assertTrue(mongolian.contains("Хэрэглэгчийг идэвхгүй болгосон"), "in the reader's language");

        String refused = session.given().accept("text/html").cookie("lang", "en").queryParam("from", "yesterday")
                .queryParam("person", person.email()).when().get("/admin/audit").then().statusCode(400)
                .body(not(containsString("Person disabled"))).extract().asString();
        assertTrue(refused.contains("value=\"yesterday\""), "what was typed stays");
        assertTrue(refused.contains("2026-03-01"), "the field error says what a date looks like");
    }

    @Test
    void noRouteChangesOrDeletesAnEvent() {
        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        TestPerson person = aPerson().create();
        record(admin.id(), "readonly.check", person.id(), null, null);
        long id = Sessions.as(admin).given().accept("application/json").queryParam("person", person.id()).when()
                .get("/api/admin/audit").then().statusCode(200).extract().jsonPath().getLong("events[0].id");
        Sessions.Session session = Sessions.as(admin);
        for (String method : List.of("DELETE", "PUT", "PATCH")) {
            int status = session.given().contentType("application/json").body("{}").request(method,
                    "/api/admin/audit/" + id).statusCode();
            assertTrue(status == 404 || status == 405, method + " answered " + status);
            status = session.given().contentType("application/json").body("{}").request(method, "/api/admin/audit")
                    .statusCode();
            assertTrue(status == 404 || status == 405, method + " answered " + status);
        }
        JsonPath still = Sessions.as(admin).given().accept("application/json").queryParam("person", person.id()).when()
                .get("/api/admin/audit").then().extract().jsonPath();
        assertEquals(id, still.getLong("events[0].id"));
        assertNull(still.getString("next"));
        assertFalse(still.getList("events").isEmpty());
    }

    private static List<Long> longs(List<Object> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }
}
