package org.surgalt.xapi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.surgalt.contentorigin.LaunchTokenKey;

/**
 * Per-launch LRS credentials for content Surgalt launches (cmi5 AUs, H5P activities): HTTP Basic
 * with the user {@value #USER} and, as password, a signed token (HS256, the launch tokens' key)
 * over the {@link LaunchScope}. Nothing is stored: any instance checks them, and they end with
 * {@code surgalt.xapi.launch-ttl}. The value handed to content is what follows "Basic " in its
 * {@code Authorization} header (cmi5's auth-token).
 */
@ApplicationScoped
public class LaunchCredentials {

    static final String USER = "launch";
    private static final String PURPOSE = "xapi";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final XapiConfig config;
    private final Instance<LaunchValidity> validity;

    LaunchCredentials(LaunchTokenKey key, XapiConfig config, Instance<LaunchValidity> validity) throws JOSEException {
        this.signer = new MACSigner(key.bytes());
        this.verifier = new MACVerifier(key.bytes());
        this.config = config;
        this.validity = validity;
    }

    /** The value for {@code Authorization: Basic <value>}. */
    public String issue(LaunchScope scope) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .subject(Long.toString(scope.userId()))
                .claim("pur", PURPOSE)
                .claim("knd", scope.kind())
                .claim("crs", scope.courseId())
                .claim("itm", scope.itemId())
                .claim("ver", scope.courseVersion())
                .claim("rec", scope.recordId())
                .claim("act", scope.activityId())
                .expirationTime(Date.from(Instant.now().plus(config.launchTtl())));
        if (scope.registration() != null) {
            set.claim("reg", scope.registration());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return Base64.getEncoder().encodeToString((USER + ":" + jwt.serialize()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The scope of a Basic credential's user and password when they are launch credentials of ours,
     * not expired and still valid to their player ({@link LaunchValidity}); empty for anything else
     * (an LRS client's key, a forged or old token, a cmi5 session that has ended).
     */
    public Optional<LaunchScope> resolve(String user, String password) {
        if (!USER.equals(user) || password == null || password.isEmpty() || password.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(password);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet set = jwt.getJWTClaimsSet();
            if (set.getExpirationTime() == null || !set.getExpirationTime().toInstant().isAfter(Instant.now())
                    || !PURPOSE.equals(set.getStringClaim("pur"))) {
                return Optional.empty();
            }
            LaunchScope scope = new LaunchScope(set.getStringClaim("knd"), Long.parseLong(set.getSubject()),
                    set.getLongClaim("crs"), set.getLongClaim("itm"), set.getIntegerClaim("ver"),
                    set.getLongClaim("rec"), set.getStringClaim("reg"), set.getStringClaim("act"));
            return validity.stream().allMatch(rule -> rule.stillValid(scope)) ? Optional.of(scope) : Optional.empty();
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
