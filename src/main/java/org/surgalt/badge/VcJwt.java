package org.surgalt.badge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.util.Optional;

/**
 * VC-JWT (JOSE) with nimbus-jose-jwt: a credential is the JWS payload, with {@code typ} vc+jwt,
 * RS256 and the kid of Surgalt's published key.
 */
@ApplicationScoped
public class VcJwt {

    static final JOSEObjectType TYPE = new JOSEObjectType("vc+jwt");

    private final SigningKey keys;
    private final ObjectMapper json;

    VcJwt(SigningKey keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
    }

    public String keyId() {
        return keys.key().getKeyID();
    }

    /** The compact JWS of the payload. RS256 (PKCS #1 v1.5) is deterministic: the same payload, the same token. */
    public String sign(ObjectNode payload) {
        RSAKey key = keys.key();
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(TYPE).keyID(key.getKeyID())
                    .build(), new Payload(json.writeValueAsString(payload)));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException | JsonProcessingException e) {
            throw new IllegalStateException("Signing a credential failed", e);
        }
    }

    /**
     * The payload of a token Surgalt signed; empty when the text is not a compact JWS, is not
     * vc+jwt RS256 under Surgalt's key, or its signature does not hold (one changed byte).
     */
    public Optional<ObjectNode> verified(String token) {
        try {
            JWSObject jws = JWSObject.parse(token.strip());
            RSAKey key = keys.key();
            JWSHeader header = jws.getHeader();
            if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || !TYPE.equals(header.getType())
                    || !key.getKeyID().equals(header.getKeyID()) || !jws.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                return Optional.empty();
            }
            return json.readTree(jws.getPayload().toString()) instanceof ObjectNode payload ? Optional.of(payload)
                    : Optional.empty();
        } catch (ParseException | JOSEException | JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
