package org.surgalt.admin.rights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.Sessions;

/** An admin downloads everything held about a person: one ZIP, each kind of record a JSON file, their files too. */
@QuarkusTest
class PersonExportTest {

    @Test
    void theZipHoldsEveryKindOfRecordTheFilesAndAReadmeButNoSecrets() throws IOException {
        PersonFixture f = new PersonFixture();
        byte[] zip = f.adminSession.given().when().get("/api/admin/users/{id}/data/export", f.learner.id()).then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = entries(zip);

        JsonPath readme = JsonPath.from(text(entries, "README.json"));
        Map<String, Object> described = readme.getMap("files");
        for (String name : entries.keySet()) {
            if (!name.equals("README.json")) {
                assertTrue(described.containsKey(name.startsWith("files/") ? "files/" : name), name + " is described");
            }
        }
        for (String name : described.keySet()) {
            assertTrue(name.equals("files/") || entries.containsKey(name), name + " is in the ZIP");
        }
        assertEquals(f.learner.email(), json(entries, "account.json").getString("[0].email"));
        assertEquals("test-school", json(entries, "account.json").getString("[0].institution_code"));
        JsonPath submissions = json(entries, "submissions.json");
        assertEquals(PersonFixture.TEXT, submissions.getString("[0].body"));
        assertEquals("Good plan, Bat.", submissions.getString("[0].feedback"));
        assertEquals(80, submissions.getInt("[0].points"));
        String path = json(entries, "submission-files.json").getString("[0].path");
        assertArrayEquals(PersonFixture.FILE, entries.get(path), "the submitted file itself, at its path");
        assertEquals(f.certificate, json(entries, "certificates.json").getString("[0].code"));
        assertTrue(json(entries, "cohort-memberships.json").getList("cohort_code").size() == 1);
        assertFalse(json(entries, "completion-facts.json").getList("$").isEmpty());
        assertFalse(json(entries, "sign-in-sessions.json").getList("$").isEmpty(), "the learner signed in");
        assertFalse(json(entries, "enrolments.json").getList("$").isEmpty());
        List<String> actions = json(entries, "audit-events.json").getList("action");
        assertTrue(actions.contains("submission.grade") && actions.contains("person.export"), actions.toString());
        json(entries, PersonExportFiles.XAPI_FILE);
        String all = String.join("", entries.values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
                .toList());
        assertFalse(all.contains("token_hash") || all.contains("password_hash"), "no secrets in the export");

        AuditRows.Row exported = AuditRows.of("person.export", "person", f.learner.id()).get(0);
        assertEquals(f.admin.id(), exported.actorId());
        assertEquals(f.learner.id(), exported.personId());
    }

    @Test
    void onlySiteAdminsAndTheAdminsOfThePersonsInstitutionExportIt() {
        PersonFixture f = new PersonFixture();
        Sessions.as(aPerson().withRole(Role.INSTITUTION_ADMIN).create()).given().when()
                .get("/api/admin/users/{id}/data/export", f.learner.id()).then().statusCode(200);
        for (var refused : List.of(aPerson().withRole(Role.COORDINATOR).create(),
                aPerson().inInstitution("rights-other-school").withRole(Role.INSTITUTION_ADMIN).create(),
                f.learner)) {
            Sessions.as(refused).given().accept("application/json").when()
                    .get("/api/admin/users/{id}/data/export", f.learner.id()).then().statusCode(403);
        }
        f.adminSession.given().accept("application/json").when().get("/api/admin/users/{id}/data/export", 999_999_999L)
                .then().statusCode(404);
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertTrue(entries.containsKey(name), name + " in " + entries.keySet());
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static JsonPath json(Map<String, byte[]> entries, String name) {
        return JsonPath.from(text(entries, name));
    }
}
