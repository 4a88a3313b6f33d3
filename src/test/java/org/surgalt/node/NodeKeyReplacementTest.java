package org.surgalt.node;

import static org.hamcrest.Matchers.containsString;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/node/key: signed with the current key, it replaces it; the old key fails from then on. */
@QuarkusTest
class NodeKeyReplacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aNodeReplacesItsKeyAndTheOldOneIsRefusedAtOnce() throws Exception {
        String school = "node-key-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        TestNode node = TestNode.enrolled(TestNode.admin(), school);
        ECKey fresh = new ECKeyGenerator(Curve.P_256).generate();

        // A key with its private part, or another curve, is refused and the old key keeps working.
        replace(node, node.key, Map.of("publicKey", fresh.toJSONObject())).then().statusCode(400)
                .body(containsString("publicKey"));
        replace(node, node.key, Map.of("publicKey", new ECKeyGenerator(Curve.P_384).generate().toPublicJWK()
                .toJSONObject())).then().statusCode(400);
        node.scope().then().statusCode(200);

        replace(node, node.key, Map.of("publicKey", fresh.toPublicJWK().toJSONObject())).then().statusCode(200);
        node.scope().then().statusCode(401);
        TestNode.get("/api/node/scope", TestNode.sign(node.claims("GET", "/api/node/scope", new byte[0]).build(),
                fresh)).then().statusCode(200);
        // The same key again (a node that lost the answer sends it again, signed with the new key): 200.
        replace(node, fresh, Map.of("publicKey", fresh.toPublicJWK().toJSONObject())).then().statusCode(200);
    }

    @Test
    void withoutAValidSignatureNothingIsReplaced() throws JOSEException {
        String school = "node-key-" + UUID.randomUUID().toString().substring(0, 8);
        aPerson().inInstitution(school).create();
        TestNode node = TestNode.enrolled(TestNode.admin(), school);
        ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();
        replace(node, stranger, Map.of("publicKey", stranger.toPublicJWK().toJSONObject())).then().statusCode(401);
        node.scope().then().statusCode(200);
    }

    private static Response replace(TestNode node, ECKey signer, Map<String, Object> body) throws JOSEException {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return TestNode.post("/api/node/key", bytes, TestNode.sign(node.claims("POST", "/api/node/key", bytes).build(),
                signer));
    }
}
