package org.surgalt.xapi.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.surgalt.xapi.XapiRejected;

/** If-Match and If-None-Match as RFC 7232 and xAPI Communication 3.1 (XAPI-00322) want them. */
class PreconditionsTest {

    private static final byte[] CONTENT = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    private static final String ETAG = DocumentContent.etag(CONTENT);
    private static final Optional<XapiDocument> STORED = Optional.of(
            new XapiDocument("application/json", CONTENT, ETAG, Instant.now()));

    @Test
    void theEtagIsTheContentsSha1InHexAndQuoted() {
        assertEquals("9f89c740ceb46d7418c924a78ac57941d5e96520", ETAG);
        assertEquals('"' + ETAG + '"', STORED.get().quotedEtag());
    }

    @Test
    void ifMatchPassesForTheCurrentTagOrAStarOnAnExistingDocument() {
        assertDoesNotThrow(() -> new Preconditions('"' + ETAG + '"', null).check(STORED));
        assertDoesNotThrow(() -> new Preconditions("\"0000\", \"" + ETAG + '"', null).check(STORED));
        assertDoesNotThrow(() -> new Preconditions("*", null).check(STORED));
    }

    @Test
    void ifMatchFailsForAnotherTagAWeakTagOrAMissingDocument() {
        assertEquals(412, refusal(new Preconditions("\"1111111111111111111111111111111111111111\"", null), STORED));
        assertEquals(412, refusal(new Preconditions("W/\"" + ETAG + '"', null), STORED));
        assertEquals(412, refusal(new Preconditions("*", null), Optional.empty()));
        assertEquals(412, refusal(new Preconditions('"' + ETAG + '"', null), Optional.empty()));
    }

    @Test
    void ifNoneMatchFailsOnlyWhenTheDocumentExistsAndIsNamed() {
        assertEquals(412, refusal(new Preconditions(null, "*"), STORED));
        assertEquals(412, refusal(new Preconditions(null, "W/\"" + ETAG + '"'), STORED));
        assertDoesNotThrow(() -> new Preconditions(null, "*").check(Optional.empty()));
        assertDoesNotThrow(() -> new Preconditions(null, "\"0000\"").check(STORED));
    }

    private static int refusal(Preconditions preconditions, Optional<XapiDocument> current) {
        return assertThrows(XapiRejected.class, () -> preconditions.check(current)).status();
    }
}
