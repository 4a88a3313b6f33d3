package org.surgalt.contentorigin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a launch token: our signature (HS256 only: a token naming another algorithm, "none"
 * included, is refused), not expired, made for this purpose and kind. The caller still checks
 * that the record it names is open and the learner's: a valid token for a closed attempt writes
 * nothing.
 */
@ApplicationScoped
public class LaunchTokenVerifier {

    private final MACVerifier verifier;

    LaunchTokenVerifier(LaunchTokenKey key) throws JOSEException {
        this.verifier = new MACVerifier(key.bytes());
    }

    /** The claims of a token that opens a player of this kind; refused (forbidden, with what to do) when it does not. */
    public LaunchClaims opening(String token, String kind) {
        return verify(token, LaunchClaims.OPEN, kind).orElseThrow(() -> org.surgalt.platform.DomainException.forbidden(
                "This link to the content has expired. Go back to the course and open the item again."));
    }

    public Optional<LaunchClaims> verify(String token, String purpose, String kind) {
        if (token == null || token.isEmpty() || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            if (set.getExpirationTime() == null || !set.getExpirationTime().toInstant().isAfter(Instant.now())
                    || !purpose.equals(set.getStringClaim("pur")) || !kind.equals(set.getStringClaim("knd"))) {
                return Optional.empty();
            }
            return Optional.of(new LaunchClaims(purpose, kind, Long.parseLong(set.getSubject()),
                    set.getLongClaim("crs"), set.getLongClaim("itm"), set.getIntegerClaim("ver"),
                    set.getLongClaim("rec"), set.getStringClaim("lng"), set.getExpirationTime().toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
