package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FileSystemAssetStoreTest {

    private final Path root = Path.of("target", "asset-store-test", Long.toString(System.nanoTime()));
    private final FileSystemAssetStore store = new FileSystemAssetStore(new AssetsConfig() {
        public Path root() {
            return root;
        }

        public MemorySize maxUploadSize() {
            return new MemorySize(BigInteger.valueOf(1024));
        }

        public MemorySize maxFormUploadSize() {
            return new MemorySize(BigInteger.valueOf(1024));
        }

        public MemorySize minFree() {
            return new MemorySize(BigInteger.ZERO);
        }

        public Duration uploadExpiry() {
            return Duration.ofHours(24);
        }

        public String cleanupInterval() {
            return "off";
        }
    });

    @Test
    void storesContentUnderItsHashInTwoLevelsOfFolders() throws Exception {
        byte[] bytes = "сургалт".getBytes(StandardCharsets.UTF_8);
        String sha = UploadService.sha256(file(bytes));

        assertTrue(store.store(file(bytes), sha));

        Path stored = root.toAbsolutePath().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        assertTrue(Files.isRegularFile(stored));
        assertTrue(store.exists(sha));
        assertEquals(bytes.length, store.size(sha));
        try (InputStream in = store.open(sha)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void theSameBytesStoredTwiceAreOneFileAndTheSecondSourceIsRemoved() throws Exception {
        byte[] bytes = "the same bytes".getBytes(StandardCharsets.UTF_8);
        Path first = file(bytes);
        Path second = file(bytes);
        String sha = UploadService.sha256(first);

        assertTrue(store.store(first, sha));
        assertFalse(store.store(second, sha));

        assertFalse(Files.exists(first));
        assertFalse(Files.exists(second));
        try (Stream<Path> folder = Files.list(store.path(sha).getParent())) {
            assertEquals(List.of(sha), folder.map(path -> path.getFileName().toString()).toList(),
                    "one file, no temporary ones left");
        }
    }

    @Test
    void unknownContentDoesNotExist() {
        assertFalse(store.exists("0".repeat(64)));
    }

    private Path file(byte[] bytes) throws Exception {
        Path incoming = root.resolve("incoming");
        Files.createDirectories(incoming);
        return Files.write(Files.createTempFile(incoming, "part", ".part"), bytes);
    }
}
