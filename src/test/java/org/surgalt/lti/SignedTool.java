package org.surgalt.lti;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;

/**
 * A second tool for authorization tests: registered by a site admin with a public key whose private
 * part the test holds, so the test signs its client assertions (no tool answers at its address).
 */
final class SignedTool {

    private final RSAKey key;
    final String clientId;
    final String host;

    private SignedTool(RSAKey key, String clientId, String host) {
        this.key = key;
        this.clientId = clientId;
        this.host = host;
    }

    /** {@code options}: more registration fields (shares, roster). */
    static SignedTool registered(Map<String, Object> options) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("other").generate();
        SignedTool tool = new SignedTool(key, "other-" + UUID.randomUUID(), "http://other-" + UUID.randomUUID() + ".invalid");
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                key.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----";
        Map<String, Object> fields = new HashMap<>(Map.of("name", "Other tool", "issuer", tool.host, "clientId",
                tool.clientId, "deploymentId", "1", "loginUrl", tool.host + "/login", "redirectUris",
                tool.host + "/launch", "publicKey", pem));
        fields.putAll(options);
        Sessions.as(aPerson().withRole(Role.ADMIN).create()).given().contentType(ContentType.JSON).body(fields)
                .post("/api/admin/lti-tools").then().statusCode(201);
        return tool;
    }

    /** A client assertion for the platform's token endpoint, signed with the tool's key. */
    String assertion() throws Exception {
        String audience = ConfigProvider.getConfig().getValue("test.url", String.class).replaceAll("/+$", "")
                + "/lti/token";
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), new JWTClaimsSet.Builder().issuer(clientId).subject(clientId)
                .audience(audience).issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The token endpoint's answer to a request for {@code scopes}. */
    ValidatableResponse askToken(String scopes) throws Exception {
        return RestAssured.given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .formParam("client_assertion", assertion()).formParam("scope", scopes).post("/lti/token").then();
    }

    String token(String scopes) throws Exception {
        return askToken(scopes).statusCode(200).extract().path("access_token");
    }
}
