package org.surgalt.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.surgalt.platform.DomainException;

/** Checks what a tool signed (RS256) with its registered key: its JWKS address or its PEM public key. */
final class ToolSignatures {

    private ToolSignatures() {
    }

    /** The claims, once the signature, {@code aud}, {@code iss} (the tool's client id), exp and iat hold. */
    static JWTClaimsSet verify(SignedJWT signed, LtiTool tool, String audience, String field) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(tool.jwksUrl() != null
                ? new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys(tool, field))
                // One registered key: whatever kid the tool names, it is the key (a PEM key has none).
                : (header, context) -> JWSAlgorithm.RS256.equals(header.getAlgorithm())
                        ? List.of(publicKey(tool, field)) : List.of());
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(tool.clientId()).build(), Set.of("exp", "iat")));
        try {
            return processor.process(signed, null);
        } catch (BadJOSEException | JOSEException e) {
            throw DomainException.invalid(field, "is not signed by the tool or has expired");
        }
    }

    private static JWKSource<SecurityContext> keys(LtiTool tool, String field) {
        try {
            return JWKSourceBuilder.create(URI.create(tool.jwksUrl()).toURL()).retrying(false).build();
        } catch (MalformedURLException e) {
            throw DomainException.invalid(field, "is not signed by the tool or has expired");
        }
    }

    private static java.security.PublicKey publicKey(LtiTool tool, String field) {
        try {
            return JWK.parseFromPEMEncodedObjects(tool.publicKeyPem()).toRSAKey().toPublicKey();
        } catch (JOSEException | RuntimeException e) {
            throw DomainException.invalid(field, "is not signed by the tool or has expired");
        }
    }
}
