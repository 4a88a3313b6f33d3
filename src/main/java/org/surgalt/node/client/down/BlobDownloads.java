package org.surgalt.node.client.down;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.surgalt.content.AssetsConfig;
import org.surgalt.content.VerifiedAssets;
import org.surgalt.node.client.NationalClient;
import org.surgalt.node.client.NodeIdentity;
import org.surgalt.platform.DomainException;

/**
 * A node fetches the files a course version uses and it lacks ({@code GET /api/node/files/{sha256}}),
 * in Range chunks appended to {@code <assets root>/node-downloads/<sha256>.part}. A cut transfer
 * resumes from the partial file's last byte in a later round; a complete file is checked against its
 * SHA-256 before it becomes an asset (one that does not match is deleted and fetched again). No
 * database transaction is open while bytes travel.
 */
@ApplicationScoped
class BlobDownloads {

    private static final Logger LOG = Logger.getLogger(BlobDownloads.class);
    /** 128 KiB: 4 s at 256 kbit/s; a cut loses at most this much, and a chunk costs one signed request. */
    static final int CHUNK = 128 * 1024;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");
    private static final String SUFFIX = ".part";

    /** What a fetch did: the bytes it moved, and whether the file is complete, verified and stored. */
    record Fetched(long bytes, boolean verified) {
    }

    private final NationalClient client;
    private final VerifiedAssets verified;
    private final Path folder;

    BlobDownloads(NationalClient client, VerifiedAssets verified, AssetsConfig assets) {
        this.client = client;
        this.verified = verified;
        this.folder = assets.root().resolve("node-downloads");
    }

    boolean has(String sha256) {
        return verified.has(sha256);
    }

    /**
     * Fetches what is missing of the file (resuming its partial file), at most {@code maxBytes} in this
     * call so a round ends in time, and stores it as an asset once complete. {@code verified}: false
     * while bytes are missing, and when the complete bytes did not make the SHA-256 (they are deleted
     * and the next call starts again). IOException: the link dropped; what arrived stays for next time.
     */
    Fetched fetch(NodeIdentity node, String sha256, long size, long maxBytes) throws IOException {
        Files.createDirectories(folder);
        Path part = partial(sha256);
        long have = partialBytes(sha256);
        if (have > size) {
            Files.delete(part);
            have = 0;
        }
        long moved = 0;
        while (have < size && moved < maxBytes) {
            long end = Math.min(size, have + Math.min(CHUNK, maxBytes - moved)) - 1;
            NationalClient.Answer answer = client.send(node, "GET", "/api/node/files/" + sha256, new byte[0],
                    Map.of("Range", "bytes=" + have + "-" + end));
            long start = start(answer, have);
            if (start < 0 || answer.body().length == 0) {
                throw new IOException("the national server answered " + answer.status() + " for file " + sha256);
            }
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    start == 0 ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND)) {
                out.write(answer.body());
            }
            moved += answer.body().length;
            have = Files.size(part);
        }
        if (have < size) {
            return new Fetched(moved, false);
        }
        try {
            verified.store(part, sha256, sha256);
            return new Fetched(moved, true);
        } catch (DomainException mismatch) {
            LOG.warnf("node download of %s did not match its SHA-256; it is fetched again", sha256);
            return new Fetched(moved, false);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Where the answer's bytes go in the file: the offset asked for (206), or 0 for the whole file (200); -1 for a refusal. */
    private static long start(NationalClient.Answer answer, long asked) {
        if (answer.status() == 200) {
            return 0;
        }
        if (answer.status() != 206) {
            return -1;
        }
        Matcher range = CONTENT_RANGE.matcher(answer.header("Content-Range").orElse(""));
        return range.matches() && Long.parseLong(range.group(1)) == asked ? asked : -1;
    }

    /** Partial files of files no longer wanted (the catalog moved on): deleted, so none grow old here. */
    void forgetAllBut(Set<String> wanted) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(SUFFIX) || !wanted.contains(name.substring(0, name.length() - SUFFIX.length()))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The bytes already here of a file being fetched. */
    long partialBytes(String sha256) throws IOException {
        Path part = partial(sha256);
        return Files.exists(part) ? Files.size(part) : 0;
    }

    Path partial(String sha256) {
        return folder.resolve(sha256 + SUFFIX);
    }
}
