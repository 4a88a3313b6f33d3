package org.surgalt.node.client;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Sessions;

/**
 * One instance plays both sides over real HTTP: the national registry (its API and /admin/nodes) and,
 * in node mode, the school node that enrols with a code, signs its heartbeat and scope calls, and shows
 * its status. The national side verifies every signature for real (node/NodeAuthenticator).
 */
@QuarkusTest
@TestProfile(NodeClientTest.NodeMode.class)
public class NodeClientTest {

    /** Node mode, its national server at this very instance's port (chosen here, so both know it). */
    public static class NodeMode implements QuarkusTestProfile {
        static final int PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", Integer.toString(PORT), "surgalt.node.mode", "node",
                    "surgalt.node.national-url", "http://localhost:" + PORT + "/");
        }

        /**
         * Registers this node-mode instance nationally for the school (as a site admin) and enrols it on its
         * /node/setup (as another); the node's name.
         */
        public static String enrolFor(String school) {
            String name = "Lab " + UUID.randomUUID();
            String code = Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON)
                    .body(Map.of("name", name, "institution", school))
                    .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
            Sessions.as(aPerson().withRole(Role.ADMIN).create()).form().formParam("code", code).post("/node/setup")
                    .then().statusCode(303);
            return name;
        }

        static int closedPort() {
            return freePort();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @RegisterExtension
    final Browser browser = new Browser();

    @BeforeEach
    void notEnrolled() {
        // One node_identity per database: each test starts from a node that is not enrolled.
        CohortBuilder.sql("DELETE FROM node_identity");
    }

    @Test
    void anItTeacherEnrolsTheNodeWhoseHeartbeatTheNationalAdminsSeeUntilTheyRevokeIt() {
        Sessions.Session national = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        Sessions.Session itTeacher = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String school = "node-client-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        String name = "Buyant lab " + UUID.randomUUID();

        assertTrue(status(itTeacher).contains("This node is not enrolled with the national server yet."));
        // The node's admin finds its status page among the admin pages; the national registry is not offered.
        page(itTeacher, "/admin").then().statusCode(200).body(containsString("href=\"/node/status\""))
                .body(not(containsString("href=\"/admin/nodes\"")));
        // The address comes from the setting: the form asks only for the code.
        page(itTeacher, "/node/setup").then().statusCode(200)
                .body(containsString("http://localhost:" + NodeMode.PORT + "/")).body(not(containsString("name=\"nationalUrl\"")));

        // A wrong code: the form again, with the code as typed and the reason; nothing kept.
        itTeacher.form().cookie("lang", "en").formParam("code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").post("/node/setup")
                .then().statusCode(400).body(containsString("The national server did not accept this code"))
                .body(containsString("value=\"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF\""));
        assertEquals(0L, count("SELECT COUNT(*) FROM node_identity"));

        String code = national.given().contentType(ContentType.JSON).body(Map.of("name", name, "institution", school))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        itTeacher.form().formParam("code", code.toLowerCase()).post("/node/setup").then().statusCode(303)
                .header("Location", containsString("/node/status"));
        // The node's key pair: the national side has the public half, the node keeps the private half.
        String privateJwk = text("SELECT private_jwk FROM node_identity");
        String d = value(privateJwk, "d");
        String x = value(privateJwk, "x");
        assertEquals(1L, count("SELECT COUNT(*) FROM school_node WHERE name = ?1 AND public_jwk LIKE ?2 "
                + "AND public_jwk NOT LIKE '%\"d\"%'", name, "%" + x + "%"));
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'node_identity.enrol'"));
        assertEquals("Never", lastContactOn(nationalPage(national), name));
        // Enrolling again is refused with the reason.
        itTeacher.form().cookie("lang", "en").formParam("code", code).post("/node/setup").then().statusCode(409)
                .body(containsString("This node is already enrolled with the national server."));

        // The first heartbeat was queued by the enrolment; the job signs it and the national side hears it.
        Jobs.runAllDue();
        String row = rowOf(nationalPage(national), name);
        assertTrue(row.contains("0 records, 0 files, 0 B"), row);
        assertTrue(row.matches("(?s).*\\d+\\.\\d (k|M)bit/s.*"), row);
        assertNotEquals("Never", lastContactOn(nationalPage(national), name));
        String status = status(itTeacher);
        assertTrue(status.contains("answered"), status);
        assertTrue(status.contains(school), status);
        assertTrue(status.contains("people: 1, cohorts: 0"), status);
        assertEquals("Never", between(status, "<dd id=\"last-up\">", "</dd>"));
        // A sync round now, whatever the schedule (off in tests): every step runs, and the page says when.
        itTeacher.form().post("/node/status/sync").then().statusCode(303)
                .header("Location", containsString("/node/status?queued=true"));
        Jobs.runAllDue();
        status = status(itTeacher);
        assertNotEquals("Never", between(status, "<dd id=\"last-down\">", "</dd>"), status);
        assertFalse(status.contains(d), "the private key is never shown");
        String contactBefore = between(status, "<dd id=\"last-contact\">", "</dd>");
        assertNotEquals("Never", contactBefore);

        // Revoked nationally: the next heartbeat is refused and the status page says so.
        String nodeId = text("SELECT node_id FROM node_identity");
        national.form().formParam("confirm", "yes").post("/admin/nodes/" + nodeId + "/revoke").then().statusCode(303);
        itTeacher.form().post("/node/status/heartbeat").then().statusCode(303);
        Jobs.runAllDue();
        status = status(itTeacher);
        assertTrue(status.contains("refused by the national server"), status);
        assertTrue(status.contains("the node may have been revoked"), status);
        assertEquals(contactBefore, between(status, "<dd id=\"last-contact\">", "</dd>"));

        // Registered again nationally, the node enrols again with the new code; its old identity goes.
        assertTrue(page(itTeacher, "/node/setup").then().statusCode(200).extract().asString()
                .contains("it was revoked"));
        String again = national.given().contentType(ContentType.JSON)
                .body(Map.of("name", name + " again", "institution", school))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        itTeacher.form().formParam("code", again).post("/node/setup").then().statusCode(303);
        assertNotEquals(nodeId, text("SELECT node_id FROM node_identity"));
        assertEquals(1L, count("SELECT COUNT(*) FROM node_identity"));
        Jobs.runAllDue();
        assertTrue(status(itTeacher).contains("answered"));
        // Trusted again, it cannot enrol a third time.
        itTeacher.form().cookie("lang", "en").formParam("code", again).post("/node/setup").then().statusCode(409);
    }

    @Test
    void aDeadLinkIsSaidOnTheStatusPageAndAWrongCodeInTheReadersLanguage() {
        Sessions.Session national = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        Sessions.Session itTeacher = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        itTeacher.form().cookie("lang", "mn").formParam("code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").post("/node/setup")
                .then().statusCode(400).body(containsString("Үндэсний сервер энэ кодыг хүлээн авсангүй"));
        String school = "node-client-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        String code = national.given().contentType(ContentType.JSON)
                .body(Map.of("name", "Lab " + UUID.randomUUID(), "institution", school))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        itTeacher.form().formParam("code", code).post("/node/setup").then().statusCode(303);
        // The link goes down: nothing listens at the national address any more.
        CohortBuilder.sql("UPDATE node_identity SET national_url = ?1", "http://localhost:" + NodeMode.closedPort());
        Jobs.runAllDue();
        String status = status(itTeacher);
        assertTrue(status.contains("the national server could not be reached"), status);
        assertEquals("Never", between(status, "<dd id=\"last-contact\">", "</dd>"));
    }

    @Test
    void theItTeacherEnrolsInABrowserAndTheNodesPagesPassTheAccessibilityCheck() {
        Sessions.Session national = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String school = "node-client-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        String code = national.given().contentType(ContentType.JSON)
                .body(Map.of("name", "Lab " + UUID.randomUUID(), "institution", school))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        TestPerson itTeacher = aPerson().withRole(Role.ADMIN).create();
        Journey journey = Journey.of(browser, "node-setup");
        Page page = browser.page();
        journey.step("setup", () -> {
            page.navigate("/language/en?return=/node/setup");
            browser.fillSignInForm(itTeacher);
            assertThat(page.locator("h1")).hasText("Set up this school node");
        });
        journey.step("wrong-code", () -> {
            page.fill("#code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
            page.waitForNavigation(() -> page.click("form[action^='/node/setup'] button[type=submit]"));
            assertThat(page.locator("[role=alert]")).containsText("The national server did not accept this code");
            assertThat(page.locator("#code")).hasValue("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
            // The refused form is answered 400, which the console reports; that is this step's point.
            browser.forgetConsoleErrors();
        });
        journey.step("status", () -> {
            page.fill("#code", code);
            page.waitForNavigation(() -> page.click("form[action^='/node/setup'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/node/status$"));
            assertThat(page.locator("#node-state")).containsText("Enrolled since");
        });
        journey.step("contacted", () -> {
            Jobs.runAllDue();
            page.reload();
            assertThat(page.locator("#last-outcome")).containsText("answered");
        });
    }

    @Test
    void onlyTheNodesSiteAdminsSeeItsPages() {
        String school = "node-client-" + UUID.randomUUID().toString().substring(0, 8);
        for (Sessions.Session someone : List.of(Sessions.as(aPerson().inInstitution(school).create()),
                Sessions.as(aPerson().inInstitution(school).withRole(Role.INSTITUTION_ADMIN).create()))) {
            page(someone, "/node/status").then().statusCode(403);
            page(someone, "/node/setup").then().statusCode(403);
            someone.form().formParam("code", "x").post("/node/setup").then().statusCode(403);
            someone.form().post("/node/status/heartbeat").then().statusCode(403);
            someone.form().post("/node/status/sync").then().statusCode(403);
        }
        RestAssured.given().redirects().follow(false).accept("text/html").get("/node/status").then().statusCode(303);
    }

    static io.restassured.response.Response page(Sessions.Session who, String path) {
        return who.given().cookie("lang", "en").accept("text/html").get(path);
    }

    static String status(Sessions.Session who) {
        return page(who, "/node/status").then().statusCode(200).extract().asString();
    }

    private static String nationalPage(Sessions.Session admin) {
        return page(admin, "/admin/nodes").then().statusCode(200).extract().asString();
    }

    private static String rowOf(String page, String name) {
        int at = page.indexOf("<td>" + name + "</td>");
        assertTrue(at >= 0, page);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    /** The last contact column of the node's row (the fourth). */
    private static String lastContactOn(String page, String name) {
        Matcher cells = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(rowOf(page, name));
        for (int i = 0; i < 4; i++) {
            assertTrue(cells.find());
        }
        return cells.group(1).strip();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertTrue(from >= 0, text);
        from += start.length();
        return text.substring(from, text.indexOf(end, from)).strip();
    }

    static String value(String json, String member) {
        Matcher m = Pattern.compile("\"" + member + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), member);
        return m.group(1);
    }

    private static Object single(String sql, Object... parameters) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var query = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get()
                    .createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return query.getSingleResult();
        });
    }

    static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    static String text(String sql) {
        return single(sql).toString();
    }
}
