package org.surgalt.contentorigin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that signs launch tokens: derived (HMAC-SHA256) from the session key that every
 * instance already shares ({@code surgalt.session.key}), so a token made on one instance is
 * checked on any other, and there is no second secret to deploy. Deriving it keeps the two uses
 * apart: knowing a launch token's key gives nothing about the cookies' key.
 */
@ApplicationScoped
public class LaunchTokenKey {

    private final byte[] key;

    LaunchTokenKey(@ConfigProperty(name = "surgalt.session.key") String sessionKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            this.key = mac.doFinal("surgalt content-origin launch tokens v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] bytes() {
        return key.clone();
    }
}
