package org.surgalt.node.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The national server names gzip for answers without a body too (the HEAD of a node's upload, a PUT's
 * 204): the node must read those as empty, not fail on a gzip header that never came (it did, and no
 * submission's file could go up).
 */
class NationalClientInflateTest {

    @Test
    void anEmptyAnswerNamedGzipIsEmpty() throws IOException {
        assertArrayEquals(new byte[0], NationalClient.inflated(new byte[0], Optional.of("gzip")));
    }

    @Test
    void aGzippedAnswerIsInflatedAndAPlainOneKept() throws IOException {
        byte[] json = "{\"acknowledged\":[]}".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(json);
        }
        assertArrayEquals(json, NationalClient.inflated(gzipped.toByteArray(), Optional.of("gzip")));
        assertArrayEquals(json, NationalClient.inflated(json, Optional.empty()));
    }
}
