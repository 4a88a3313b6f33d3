package org.surgalt.node;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/**
 * A school node as the tests play it: its own EC P-256 key pair, made here and never sent, and requests
 * signed exactly as deploy/NODE-PROTOCOL.md says a node signs them.
 */
final class TestNode {

    final ECKey key;
    String nodeId;
    String issuer;
    String name;

    TestNode() {
        try {
            key = new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A site admin registers a node for the institution; its code, from the API's one answer. */
    static String register(Sessions.Session admin, String institutionCode) {
        return register(admin, institutionCode, "Lab " + UUID.randomUUID());
    }

    static String register(Sessions.Session admin, String institutionCode, String name) {
        return admin.given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "institution", institutionCode))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
    }

    static Sessions.Session admin() {
        return Sessions.as(aPerson().withRole(Role.ADMIN).create());
    }

    Response enrol(String code) {
        return RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "publicKey", key.toPublicJWK().toJSONObject())).post("/api/nodes/enrol");
    }

    /** Registered for the institution and enrolled. */
    static TestNode enrolled(Sessions.Session admin, String institutionCode) {
        TestNode node = new TestNode();
        node.name = "Lab " + UUID.randomUUID();
        Response answer = node.enrol(register(admin, institutionCode, node.name));
        answer.then().statusCode(200);
        node.nodeId = answer.path("nodeId");
        node.issuer = answer.path("issuer");
        return node;
    }

    /** The claims a correct request carries. */
    JWTClaimsSet.Builder claims(String method, String path, byte[] body) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(nodeId).audience(issuer).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60))).jwtID(UUID.randomUUID().toString())
                .claim("htm", method).claim("htu", path).claim("bsh", hash(body));
    }

    String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    static String sign(JWTClaimsSet claims, ECKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(new JOSEObjectType("node+jwt")).build(), claims);
            jwt.sign(new ECDSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    Response heartbeat(String json) {
        return heartbeat(json, UnaryOperator.identity());
    }

    /** A heartbeat whose claims {@code change} may alter before they are signed. */
    Response heartbeat(String json, UnaryOperator<JWTClaimsSet.Builder> change) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post("/api/node/heartbeat", body, sign(change.apply(claims("POST", "/api/node/heartbeat", body)).build()));
    }

    static Response post(String path, byte[] body, String jws) {
        return RestAssured.given().header("Authorization", "Node " + jws).contentType(ContentType.JSON).body(body)
                .post(path);
    }

    Response scope() {
        return get("/api/node/scope", sign(claims("GET", "/api/node/scope", new byte[0]).build()));
    }

    static Response get(String path, String jws) {
        return RestAssured.given().header("Authorization", "Node " + jws).get(path);
    }

    static String hash(byte[] body) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
