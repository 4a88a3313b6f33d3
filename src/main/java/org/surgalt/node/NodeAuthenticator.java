package org.surgalt.node;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The one place a node's request is verified (the format is deploy/NODE-PROTOCOL.md): {@code
 * Authorization: Node <JWS>}, ES256 by the key the node enrolled with, bound to this issuer, the
 * method, the path and the body's hash, short-lived and single-use. Nothing is cached: the node's
 * state is read on every request, so a revoked node fails at once on every instance, and jtis are
 * kept in the database, so a replay fails on any instance.
 */
@ApplicationScoped
public class NodeAuthenticator {

    static final String SCHEME = "Node ";
    static final Duration MAX_LIFETIME = Duration.ofSeconds(120);
    private static final int MAX_JTI = 128;

    private final SchoolNodeRepository nodes;
    private final NodeIssuer issuer;
    private final NodeConfig config;
    private static final int JTI_ATTEMPTS = 3;

    NodeAuthenticator(SchoolNodeRepository nodes, NodeIssuer issuer, NodeConfig config) {
        this.nodes = nodes;
        this.issuer = issuer;
        this.config = config;
    }

    /**
     * The node that signed this request, or {@link NodeRejected}. {@code target}: the request's path
     * with its query string, if any, as sent. The jti is spent in its own transaction, so a request that
     * fails afterwards cannot be replayed either.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public NodeCaller authenticate(String authorization, String method, String target, byte[] body) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new NodeRejected("no Node authorization");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(authorization.substring(SCHEME.length()).strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new NodeRejected("not a JWS");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            throw new NodeRejected("not ES256");
        }
        SchoolNode node = node(claims.getIssuer());
        verifySignature(jwt, node);
        Instant now = Instant.now();
        Instant expires = checkTimes(claims, now, node);
        if (!claims.getAudience().contains(issuer.url())) {
            throw new NodeRejected("node " + node.id() + ": aud is not " + issuer.url());
        }
        if (!method.equals(text(claims, "htm")) || !target.equals(text(claims, "htu"))) {
            throw new NodeRejected("node " + node.id() + ": signed for another method or path");
        }
        if (!bodyHash(body).equals(text(claims, "bsh"))) {
            throw new NodeRejected("node " + node.id() + ": the body is not the one signed");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isEmpty() || jti.length() > MAX_JTI) {
            throw new NodeRejected("node " + node.id() + ": no usable jti");
        }
        if (!firstUse(node.id(), jti, expires)) {
            throw new NodeRejected("node " + node.id() + ": jti replayed");
        }
        return new NodeCaller(node.id(), node.institutionId());
    }

    /**
     * The jti is spent in a short transaction of its own. Two requests of one node at the same moment (a
     * link that duplicates requests does that) may deadlock on the index; the loser tries again.
     */
    private boolean firstUse(long nodeId, String jti, Instant expires) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> nodes.firstUseOfJti(nodeId, jti, expires));
            } catch (PessimisticLockException | LockTimeoutException e) {
                if (attempt == JTI_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** base64url (no padding) of the body's SHA-256; an empty or absent body hashes as empty. */
    public static String bodyHash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SchoolNode node(String iss) {
        long id;
        try {
            id = Long.parseLong(iss == null ? "" : iss);
        } catch (NumberFormatException e) {
            throw new NodeRejected("iss is not a node id");
        }
        SchoolNode node = nodes.findByIdOptional(id).orElseThrow(() -> new NodeRejected("unknown node " + id));
        if (node.state() != SchoolNode.State.ENROLLED) {
            throw new NodeRejected("node " + id + " is " + node.state());
        }
        return node;
    }

    private static void verifySignature(SignedJWT jwt, SchoolNode node) {
        try {
            ECKey key = ECKey.parse(node.publicJwk());
            if (!jwt.verify(new ECDSAVerifier(key))) {
                throw new NodeRejected("node " + node.id() + ": bad signature");
            }
        } catch (ParseException | JOSEException e) {
            throw new NodeRejected("node " + node.id() + ": signature not verifiable");
        }
    }

    /** iat not in the future (beyond the allowed skew), exp after now and at most 120 s after iat. */
    private Instant checkTimes(JWTClaimsSet claims, Instant now, SchoolNode node) {
        Date iat = claims.getIssueTime();
        Date exp = claims.getExpirationTime();
        if (iat == null || exp == null) {
            throw new NodeRejected("node " + node.id() + ": iat and exp are required");
        }
        Instant issued = iat.toInstant();
        Instant expires = exp.toInstant();
        if (expires.isAfter(issued.plus(MAX_LIFETIME)) || !expires.isAfter(issued)) {
            throw new NodeRejected("node " + node.id() + ": lifetime over 120 s");
        }
        if (issued.isAfter(now.plus(config.clockSkew())) || !now.isBefore(expires)) {
            throw new NodeRejected("node " + node.id() + ": expired or not yet valid (check the node's clock)");
        }
        return expires;
    }

    private static String text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s ? s : "";
    }
}
