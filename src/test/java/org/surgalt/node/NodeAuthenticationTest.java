package org.surgalt.node;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Sessions;

/**
 * Every node call is a request signed by the node's own key, for this issuer, method, path and body,
 * once: anything else is 401, and a revoked node's next request too.
 */
@QuarkusTest
class NodeAuthenticationTest {

    private static final String BEAT = "{\"queuedRecords\":5000,\"queuedFiles\":30,\"queuedBytes\":62914560,"
            + "\"linkBitsPerSecond\":256000,\"lastUpSync\":\"2026-12-07T02:00:00Z\","
            + "\"lastDownSync\":\"2026-12-07T02:10:00Z\",\"nextSync\":\"2026-12-08T02:00:00Z\"}";

    private Sessions.Session admin;
    private String school;
    private TestNode node;

    @BeforeEach
    void enrolANode() {
        admin = TestNode.admin();
        school = "node-auth-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        node = TestNode.enrolled(admin, school);
    }

    @Test
    void aHeartbeatIsAcceptedAndShownOnTheAdminPage() {
        node.heartbeat(BEAT).then().statusCode(200).body("nodeId", equalTo(node.nodeId));
        String row = NodeEnrolmentTest.rowOf(admin.given().cookie("lang", "en").accept("text/html")
                .get("/admin/nodes").then().statusCode(200).extract().asString(), node.name);
        assertTrue(row.contains("5000 records, 30 files, 60.0 MiB") && row.contains("256.0 kbit/s")
                && row.matches("(?s).*<td>\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC</td>.*"), row);
        admin.given().get("/api/admin/nodes").then().statusCode(200)
                .body("find { it.id == " + node.nodeId + " }.backlog.queuedBytes", equalTo(62914560))
                .body("find { it.id == " + node.nodeId + " }.lastContact", org.hamcrest.Matchers.notNullValue());
        // Bad numbers: refused as input, not as a credential.
        node.heartbeat("{\"queuedRecords\":-1}").then().statusCode(400).body(containsString("queuedRecords"));
        // A large body is refused before anything holds it whole, signed or not.
        node.heartbeat("{\"pad\":\"" + "x".repeat(70_000) + "\"}").then().statusCode(413);
    }

    @Test
    void forgedReplayedOrStaleRequestsAreRefused() {
        byte[] body = BEAT.getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.now();
        List<String> refused = new ArrayList<>();

        String once = node.sign(node.claims("POST", "/api/node/heartbeat", body).build());
        TestNode.post("/api/node/heartbeat", body, once).then().statusCode(200);
        refused.add(TestNode.post("/api/node/heartbeat", body, once).then().statusCode(401).extract().asString());

        refused.add(node.heartbeat(BEAT, c -> c.claim("htu", "/api/node/scope")).then().statusCode(401)
                .extract().asString());
        refused.add(node.heartbeat(BEAT, c -> c.claim("htm", "PUT")).then().statusCode(401).extract().asString());
        String signedForOther = node.sign(node.claims("POST", "/api/node/heartbeat", body).build());
        refused.add(TestNode.post("/api/node/heartbeat", BEAT.replace("5000", "5001").getBytes(StandardCharsets.UTF_8),
                signedForOther).then().statusCode(401).extract().asString());
        refused.add(node.heartbeat(BEAT, c -> c.issueTime(Date.from(now.minusSeconds(100)))
                .expirationTime(Date.from(now.minusSeconds(1)))).then().statusCode(401).extract().asString());
        refused.add(node.heartbeat(BEAT, c -> c.expirationTime(Date.from(now.plusSeconds(121)))).then()
                .statusCode(401).extract().asString());
        refused.add(node.heartbeat(BEAT, c -> c.audience("https://elsewhere.example")).then().statusCode(401)
                .extract().asString());
        refused.add(node.heartbeat(BEAT, c -> c.jwtID(null)).then().statusCode(401).extract().asString());

        // Another node's key, claiming to be this node; and a node id nobody registered.
        TestNode other = TestNode.enrolled(admin, school);
        refused.add(TestNode.post("/api/node/heartbeat", body,
                TestNode.sign(node.claims("POST", "/api/node/heartbeat", body).build(), other.key)).then()
                .statusCode(401).extract().asString());
        refused.add(node.heartbeat(BEAT, c -> c.issuer("999999999")).then().statusCode(401).extract().asString());

        // No credential, or a session instead of one.
        refused.add(RestAssured.given().contentType(ContentType.JSON).body(BEAT).post("/api/node/heartbeat").then()
                .statusCode(401).extract().asString());
        admin.given().contentType(ContentType.JSON).body(BEAT).post("/api/node/heartbeat").then().statusCode(401);

        // One answer for every reason: the caller learns nothing from the difference.
        assertEquals(1, refused.stream().distinct().count(), refused.toString());
        node.scope().then().statusCode(200);
    }

    @Test
    void aRevokedNodeIsRefusedAtOnce() {
        String signedBefore = node.sign(node.claims("GET", "/api/node/scope", new byte[0]).build());
        node.scope().then().statusCode(200);
        admin.given().contentType(ContentType.JSON).body("{}").post("/api/admin/nodes/" + node.nodeId + "/revoke")
                .then().statusCode(200).body("state", equalTo("revoked"));
        TestNode.get("/api/node/scope", signedBefore).then().statusCode(401);
        node.heartbeat(BEAT).then().statusCode(401);
        assertEquals("Revoked", NodeEnrolmentTest.stateOf(admin.given().cookie("lang", "en").accept("text/html")
                .get("/admin/nodes").asString(), node.name));
        assertEquals(1L, NodeEnrolmentTest.count("SELECT COUNT(*) FROM audit_event WHERE action = 'school_node.revoke' "
                + "AND object_id = ?1", node.nodeId));
    }

    @Test
    void revokingOnThePageAsksForConfirmation() {
        admin.form().cookie("lang", "en").formParam("_nothing", "").post("/admin/nodes/" + node.nodeId + "/revoke").then()
                .statusCode(400).body(containsString("Tick the box"));
        node.scope().then().statusCode(200);
        admin.form().formParam("confirm", "yes").post("/admin/nodes/" + node.nodeId + "/revoke").then()
                .statusCode(303);
        node.scope().then().statusCode(401);
    }
}
