package org.surgalt.node.records;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.content.AssetsConfig;
import org.surgalt.content.VerifiedAssets;
import org.surgalt.node.NodeCaller;
import org.surgalt.platform.DomainException;

/**
 * A node's file coming up in pieces (deploy/NODE-PROTOCOL.md §5): the bytes so far are kept per node
 * and SHA-256 on the asset volume (shared by every instance, so the next piece may land on any), a
 * piece is taken only at the offset kept, and the whole file becomes an asset only when its bytes hash
 * to its name ({@link VerifiedAssets}). Partial files nobody added to for {@code
 * surgalt.assets.upload-expiry} are deleted when their node next sends a file.
 */
@ApplicationScoped
public class NodeUploadService {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");

    /** How far a file has come: its bytes kept so far, and whether it is an asset now. */
    public record State(long offset, boolean complete) {
    }

    private final VerifiedAssets assets;
    private final AssetsConfig config;

    NodeUploadService(VerifiedAssets assets, AssetsConfig config) {
        this.assets = assets;
        this.config = config;
    }

    public State state(NodeCaller caller, String sha256) throws IOException {
        requireName(sha256);
        if (assets.has(sha256)) {
            return new State(-1, true);
        }
        Path part = part(caller, sha256);
        return new State(Files.exists(part) ? Files.size(part) : 0, false);
    }

    /** Takes one piece, {@code contentRange} "bytes first-last/total", at the offset kept. */
    public State put(NodeCaller caller, String sha256, String contentRange, byte[] bytes) throws IOException {
        requireName(sha256);
        Matcher range = RANGE.matcher(contentRange == null ? "" : contentRange.strip());
        if (!range.matches()) {
            throw DomainException.invalid("Content-Range", "must be bytes first-last/total");
        }
        long first = Long.parseLong(range.group(1));
        long last = Long.parseLong(range.group(2));
        long total = Long.parseLong(range.group(3));
        if (last < first || last >= total || last - first + 1 != bytes.length) {
            throw DomainException.invalid("Content-Range", "does not match the bytes sent");
        }
        if (total > config.maxUploadSize().asLongValue()) {
            throw DomainException.tooLarge("The file is larger than uploads may be.");
        }
        if (assets.has(sha256)) {
            return new State(-1, true);
        }
        forgetIdle(caller);
        Path part = part(caller, sha256);
        Files.createDirectories(part.getParent());
        long offset = Files.exists(part) ? Files.size(part) : 0;
        if (first != offset) {
            throw DomainException.conflict("The piece does not start where the file stands; ask with HEAD.");
        }
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(bytes);
        }
        if (last + 1 < total) {
            return new State(last + 1, false);
        }
        try {
            assets.store(part, sha256, sha256);
        } finally {
            Files.deleteIfExists(part);
        }
        return new State(-1, true);
    }

    private Path part(NodeCaller caller, String sha256) {
        return directory(caller).resolve(sha256 + ".part");
    }

    private Path directory(NodeCaller caller) {
        return config.root().resolve("node-uploads").resolve(Long.toString(caller.nodeId()));
    }

    private void forgetIdle(NodeCaller caller) throws IOException {
        Path directory = directory(caller);
        if (!Files.isDirectory(directory)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(config.uploadExpiry()));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "*.part")) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).compareTo(before) < 0) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    private static void requireName(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw DomainException.notFound("file", sha256);
        }
    }
}
