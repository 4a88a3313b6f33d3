package org.surgalt.contentorigin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The launch tokens of the content origin: what one says is what it opens, for its purpose, until it expires. */
@QuarkusTest
class LaunchTokensTest {

    @Inject
    LaunchTokenSigner signer;

    @Inject
    LaunchTokenVerifier verifier;

    @Inject
    ContentOriginConfig config;

    private LaunchClaims claims(String purpose, Instant expires) {
        return new LaunchClaims(purpose, "scorm", 7, 3, 11, 2, 42, "mn", expires);
    }

    @Test
    void aTokenSaysWhoWhatAndWhichRecordAndNothingElseOpensIt() {
        String token = signer.open("scorm", 7, 3, 11, 2, 42, "mn");
        LaunchClaims read = verifier.verify(token, LaunchClaims.OPEN, "scorm").orElseThrow();
        assertEquals(7, read.userId());
        assertEquals(3, read.courseId());
        assertEquals(11, read.itemId());
        assertEquals(2, read.courseVersion());
        assertEquals(42, read.recordId());
        assertEquals("mn", read.language());
        // An opening token is no session token, and a SCORM token opens no other kind of content.
        assertTrue(verifier.verify(token, LaunchClaims.SESSION, "scorm").isEmpty());
        assertTrue(verifier.verify(token, LaunchClaims.OPEN, "cmi5").isEmpty());
        assertTrue(verifier.verify(token + "x", LaunchClaims.OPEN, "scorm").isEmpty());
        assertTrue(verifier.verify("", LaunchClaims.OPEN, "scorm").isEmpty());
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = signer.sign(claims(LaunchClaims.SESSION, Instant.now().minusSeconds(1)));
        assertTrue(verifier.verify(expired, LaunchClaims.SESSION, "scorm").isEmpty());
    }

    @Test
    void aSessionTokenIsRenewedOnceItIsAMinuteOld() {
        Duration ttl = config.sessionTtl();
        assertNull(signer.renewed(claims(LaunchClaims.SESSION, Instant.now().plus(ttl))), "a fresh token is kept");
        String renewed = signer.renewed(claims(LaunchClaims.SESSION, Instant.now().plus(ttl).minusSeconds(120)));
        LaunchClaims read = verifier.verify(renewed, LaunchClaims.SESSION, "scorm").orElseThrow();
        assertTrue(read.expires().isAfter(Instant.now().plus(ttl).minusSeconds(10)), "renewed for the whole lifetime");
        assertEquals(42, read.recordId());
    }
}
