package org.surgalt.node;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.Sessions;

/** A site admin registers a school node; the node enrols once with its code and its own public key. */
@QuarkusTest
class NodeEnrolmentTest {

    private static final Pattern CODE = Pattern.compile("<code id=\"enrolment-code\">([^<]+)</code>");

    private static String school() {
        String code = "node-school-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(code).create();
        return code;
    }

    @Test
    void anAdminRegistersANodeOnItsPageAndSeesTheCodeOnlyOnce() {
        Sessions.Session admin = TestNode.admin();
        String school = school();
        String name = "Buyant lab " + UUID.randomUUID();
        String page = admin.form().cookie("lang", "en").formParam("name", name).formParam("institution", school).post("/admin/nodes")
                .then().statusCode(200).body(containsString(name)).extract().asString();
        Matcher shown = CODE.matcher(page);
        assertTrue(shown.find(), page);
        String code = shown.group(1);
        assertTrue(code.matches("([A-Z2-7]{4}-){5}[A-Z2-7]{4}"), code);
        // Only its hash is kept, and the list never shows it again.
        String list = admin.given().cookie("lang", "en").accept("text/html").get("/admin/nodes").then().statusCode(200)
                .body(not(containsString(code))).extract().asString();
        assertEquals("Waiting for enrolment", stateOf(list, name));
        assertEquals(1L, count("SELECT COUNT(*) FROM school_node WHERE name = ?1 AND code_sha256 = SHA2(?2, 256)",
                name, code.replace("-", "")));
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event a JOIN school_node n ON a.object_id = n.id "
                + "WHERE a.action = 'school_node.register' AND n.name = ?1", name));
        // Bad input comes back with what was typed and the reason, nothing registered.
        admin.form().cookie("lang", "en").formParam("name", name + " 2").formParam("institution", "no-such-school-x").post("/admin/nodes")
                .then().statusCode(400).body(containsString("no-such-school-x"))
                .body(containsString("There is no institution with this code."));
        assertEquals(0L, count("SELECT COUNT(*) FROM school_node WHERE name = ?1", name + " 2"));
        // Enrolled with the code from the page: the node's institution and the issuer to sign for.
        TestNode node = new TestNode();
        node.enrol(code).then().statusCode(200).body("institution.code", equalTo(school))
                .body("nodeId", notNullValue()).body("issuer", notNullValue());
        assertEquals("Enrolled", stateOf(admin.given().cookie("lang", "en").accept("text/html").get("/admin/nodes")
                .asString(), name));
    }

    @Test
    void aCodeEnrolsOnceAndIsThenRefusedLikeAnUnknownOne() {
        Sessions.Session admin = TestNode.admin();
        String school = school();
        String code = TestNode.register(admin, school);
        TestNode node = new TestNode();
        // Typed by hand: lower case and without dashes still works.
        node.enrol(code.toLowerCase().replace("-", "")).then().statusCode(200).body("institution.code", equalTo(school));
        String nodeId = node.enrol(code).then().statusCode(401).contentType("application/problem+json")
                .extract().asString();
        String unknown = new TestNode().enrol("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").then().statusCode(401).extract()
                .asString();
        assertEquals(unknown, nodeId, "a used code and an unknown code answer alike");
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'school_node.enrol' AND object_id = "
                + "(SELECT id FROM school_node WHERE public_jwk LIKE ?1)", "%" + node.key.getX() + "%"));
    }

    @Test
    void anExpiredCodeIsRefused() {
        Sessions.Session admin = TestNode.admin();
        String code = TestNode.register(admin, school());
        CohortBuilder.sql("UPDATE school_node SET code_expires = TIMESTAMPADD(SECOND, -1, UTC_TIMESTAMP(6)) "
                + "WHERE code_sha256 = SHA2(?1, 256)", code.replace("-", ""));
        String expired = new TestNode().enrol(code).then().statusCode(401).extract().asString();
        String unknown = new TestNode().enrol("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").then().statusCode(401).extract()
                .asString();
        assertEquals(unknown, expired);
    }

    @Test
    void aPrivateKeyOrAnotherCurveIsRefusedWithoutSpendingTheCode() {
        Sessions.Session admin = TestNode.admin();
        String code = TestNode.register(admin, school());
        TestNode node = new TestNode();
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "publicKey", node.key.toJSONObject())).post("/api/nodes/enrol").then()
                .statusCode(400).body(containsString("publicKey"));
        RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "publicKey", Map.of("kty", "oct", "k", "c2VjcmV0"))).post("/api/nodes/enrol")
                .then().statusCode(400);
        node.enrol(code).then().statusCode(200);
    }

    @Test
    void onlySiteAdminsRegisterNodes() {
        String school = school();
        Sessions.Session schoolAdmin = Sessions.as(aPerson().inInstitution(school).withRole(Role.INSTITUTION_ADMIN)
                .create());
        schoolAdmin.given().contentType(ContentType.JSON).body(Map.of("name", "Mine", "institution", school))
                .post("/api/admin/nodes").then().statusCode(403);
        schoolAdmin.given().get("/api/admin/nodes").then().statusCode(403);
    }

    /** The state column of the node's row on the admin page. */
    static String stateOf(String page, String name) {
        Matcher row = Pattern.compile("<td>" + Pattern.quote(name) + "</td>\\s*<td>[^<]*</td>\\s*<td>([^<]*)</td>")
                .matcher(page);
        assertTrue(row.find(), page);
        return row.group(1);
    }

    /** The node's row on the admin page. */
    static String rowOf(String page, String name) {
        int at = page.indexOf("<td>" + name + "</td>");
        assertTrue(at >= 0, page);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    static long count(String sql, Object... parameters) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            var query = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get()
                    .createNativeQuery(sql);
            for (int p = 0; p < parameters.length; p++) {
                query.setParameter(p + 1, parameters[p]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
