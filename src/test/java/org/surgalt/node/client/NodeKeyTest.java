package org.surgalt.node.client;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.node.client.NodeClientTest.count;
import static org.surgalt.node.client.NodeClientTest.status;
import static org.surgalt.node.client.NodeClientTest.text;
import static org.surgalt.node.client.NodeClientTest.value;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.nimbusds.jose.jwk.ECKey;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Sessions;

/**
 * A node replaces its key: the national server trusts only the new one at once, and an answer lost on
 * the link does not lock the node out (one instance plays both sides, as in NodeClientTest).
 */
@QuarkusTest
@TestProfile(NodeClientTest.NodeMode.class)
class NodeKeyTest {

    private Sessions.Session itTeacher;
    private String name;

    @BeforeEach
    void enrolled() {
        CohortBuilder.sql("DELETE FROM node_identity");
        itTeacher = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        String school = "node-key-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        name = NodeClientTest.NodeMode.enrolFor(school);
        Jobs.runAllDue();
    }

    @Test
    void theItTeacherReplacesTheKeyAndTheNationalServerTrustsOnlyTheNewOne() {
        String before = value(text("SELECT private_jwk FROM node_identity"), "x");
        itTeacher.form().cookie("lang", "en").post("/node/status/key").then().statusCode(400)
                .body(containsString("Tick the box to replace the node"));
        itTeacher.form().cookie("lang", "mn").post("/node/status/key").then().statusCode(400)
                .body(containsString("Зангилааны түлхүүрийг солихын тулд нүдийг чагтална уу."));
        assertEquals(before, value(text("SELECT private_jwk FROM node_identity"), "x"), "nothing replaced");

        itTeacher.form().formParam("confirm", "yes").post("/node/status/key").then().statusCode(303)
                .header("Location", containsString("key=replaced"));
        String after = value(text("SELECT private_jwk FROM node_identity"), "x");
        assertNotEquals(before, after);
        assertEquals(1L, count("SELECT COUNT(*) FROM school_node WHERE name = ?1 AND public_jwk LIKE ?2", name,
                "%" + after + "%"), "the national server holds the new public key");
        assertEquals(0L, count("SELECT COUNT(*) FROM node_identity WHERE pending_private_jwk IS NOT NULL"));
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_event WHERE action = 'school_node.replace_key'"
                + " AND object_id = (SELECT id FROM school_node WHERE name = ?1)", name));
        // The node goes on with the new key.
        itTeacher.form().post("/node/status/heartbeat").then().statusCode(303);
        Jobs.runAllDue();
        String page = status(itTeacher);
        assertTrue(page.contains("answered"), page);
        assertTrue(page.contains("Replaced "), page);
    }

    @Test
    void aReplacementWhoseAnswerWasLostIsSettledAtTheNextContact() throws Exception {
        // The national server took the new key, but its answer never reached the node.
        ECKey fresh = NodeKeyService.newKey();
        CohortBuilder.sql("UPDATE node_identity SET pending_private_jwk = ?1", fresh.toJSONString());
        CohortBuilder.sql("UPDATE school_node SET public_jwk = ?1 WHERE name = ?2",
                fresh.toPublicJWK().toJSONString(), name);
        assertTrue(status(itTeacher).contains("A new key is waiting for the national server"));

        itTeacher.form().post("/node/status/heartbeat").then().statusCode(303);
        Jobs.runAllDue();
        String page = status(itTeacher);
        assertTrue(page.contains("answered"), page);
        assertEquals(fresh.getX().toString(), value(text("SELECT private_jwk FROM node_identity"), "x"),
                "the pending key became the node's");
        assertEquals(0L, count("SELECT COUNT(*) FROM node_identity WHERE pending_private_jwk IS NOT NULL"));
    }

    @Test
    void aRevokedNodeCannotReplaceItsKeyAndKeepsIt() {
        // Refused nationally, the node drops the pending key and keeps its own.
        String before = value(text("SELECT private_jwk FROM node_identity"), "x");
        CohortBuilder.sql("UPDATE school_node SET revoked_at = CURRENT_TIMESTAMP(6) WHERE name = ?1", name);
        itTeacher.form().cookie("lang", "en").formParam("confirm", "yes").post("/node/status/key").then()
                .statusCode(409).body(containsString("the node may have been revoked"));
        assertEquals(before, value(text("SELECT private_jwk FROM node_identity"), "x"));
        assertEquals(0L, count("SELECT COUNT(*) FROM node_identity WHERE pending_private_jwk IS NOT NULL"));
    }
}
