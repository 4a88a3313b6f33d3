package org.surgalt.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/**
 * The platform's RS256 signing key, kept in the database so every instance signs with the same
 * one: the newest generation signs, it and the one before are published (a tool that cached the
 * old set still verifies tokens signed just before a rotation). Rotated by age or by an admin.
 */
@ApplicationScoped
public class PlatformKeys {

    private final PlatformKeyRepository keys;
    private final LtiConfig config;
    private final AuditLog audit;

    PlatformKeys(PlatformKeyRepository keys, LtiConfig config, AuditLog audit) {
        this.keys = keys;
        this.config = config;
        this.audit = audit;
    }

    /** The key that signs now; the first is made on first use, an old one is replaced. */
    @Transactional
    RSAKey signing() {
        List<PlatformKey> newest = keys.newest(1);
        if (newest.isEmpty() || newest.get(0).created().plus(config.keyRotation()).isBefore(Instant.now())) {
            return parse(next(newest.isEmpty() ? 0 : newest.get(0).generation()));
        }
        return parse(newest.get(0));
    }

    /** The public keys tools verify with: the current and the previous. */
    @Transactional
    public JWKSet published() {
        if (keys.count() == 0) {
            signing();
        }
        return new JWKSet(keys.newest(2).stream().map(key -> (com.nimbusds.jose.jwk.JWK) parse(key).toPublicJWK())
                .toList());
    }

    /** An admin's rotation (a key thought exposed): a new key signs from now on; the oldest ones go. */
    @Transactional
    public String rotate(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw DomainException.forbidden("Only site admins rotate the LTI signing key.");
        }
        List<PlatformKey> newest = keys.newest(1);
        PlatformKey made = next(newest.isEmpty() ? 0 : newest.get(0).generation());
        audit.record(AuditLog.by(viewer, "lti_key.rotate").object("lti_key", made.generation()).detail(made.kid()));
        return made.kid();
    }

    private PlatformKey next(int generation) {
        RSAKey generated;
        try {
            generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).issueTime(new java.util.Date()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make an RSA key", e);
        }
        PlatformKey key = new PlatformKey(generation + 1, generated.getKeyID(), generated.toJSONString());
        keys.persist(key);
        // Two instances rotating at once: the unique generation lets one win; the other's transaction fails
        // and its caller reads the winner's key on the next try.
        keys.flush();
        keys.delete("generation < ?1", generation);
        return key;
    }

    private static RSAKey parse(PlatformKey key) {
        try {
            return RSAKey.parse(key.privateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("the stored LTI key " + key.kid() + " is not a JWK", e);
        }
    }
}
