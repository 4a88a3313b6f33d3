package org.surgalt.contentorigin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Date;

/** Makes launch tokens: compact JWS (HS256) over {@link LaunchClaims}; {@link LaunchTokenVerifier} checks them. */
@ApplicationScoped
public class LaunchTokenSigner {

    private final MACSigner signer;
    private final ContentOriginConfig config;

    LaunchTokenSigner(LaunchTokenKey key, ContentOriginConfig config) throws JOSEException {
        this.signer = new MACSigner(key.bytes());
        this.config = config;
    }

    /** A token that opens a player, valid for {@code surgalt.content.launch-ttl}. */
    public String open(String kind, long userId, long courseId, long itemId, int courseVersion, long recordId,
            String language) {
        return sign(new LaunchClaims(LaunchClaims.OPEN, kind, userId, courseId, itemId, courseVersion, recordId,
                language, Instant.now().plus(config.launchTtl())));
    }

    /** The player's session token for the same learner and record, valid for {@code surgalt.content.session-ttl}. */
    public String session(LaunchClaims claims) {
        return sign(claims.withPurpose(LaunchClaims.SESSION, Instant.now().plus(config.sessionTtl())));
    }

    /**
     * A renewed session token when {@code claims} (a session token's) were made more than a minute
     * ago, else null: the player keeps the one it has. Signing is a fifth of a commit's time, and
     * a player commits every few seconds.
     */
    public String renewed(LaunchClaims claims) {
        Instant made = claims.expires().minus(config.sessionTtl());
        return made.isBefore(Instant.now().minusSeconds(60)) ? session(claims) : null;
    }

    String sign(LaunchClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .subject(Long.toString(claims.userId()))
                .claim("pur", claims.purpose())
                .claim("knd", claims.kind())
                .claim("crs", claims.courseId())
                .claim("itm", claims.itemId())
                .claim("ver", claims.courseVersion())
                .claim("rec", claims.recordId())
                .claim("lng", claims.language())
                .expirationTime(Date.from(claims.expires()))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
