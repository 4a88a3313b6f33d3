package org.surgalt.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Assets as files under {@code <root>/ab/cd/abcd…} (two levels of 256 folders keep every folder
 * small). A file gets its final name only by an atomic rename after its bytes are on disk: it is
 * first moved (or copied) to a temporary name in the target folder, fsynced, renamed, and the
 * folder fsynced. After a crash there may be stray {@code .tmp} files, never a short asset.
 */
@ApplicationScoped
public class FileSystemAssetStore implements AssetStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    @Inject
    FileSystemAssetStore(AssetsConfig config) {
        this(config.root());
    }

    private FileSystemAssetStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    /**
     * A store of its own under {@code root}, for content that is not an asset (the files of
     * unpacked packages): the asset collector sweeps the asset volume for bytes without an asset
     * row, so such content must live elsewhere.
     */
    public static AssetStore at(Path root) {
        return new FileSystemAssetStore(root);
    }

    @Override
    public boolean store(Path file, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            Files.deleteIfExists(file);
            return false;
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + sha256 + "." + UUID.randomUUID() + ".tmp");
        try {
            try {
                Files.move(file, temporary, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException otherVolume) {
                Files.copy(file, temporary);
                Files.delete(file);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // If another request stored the same bytes meanwhile, this replaces them with equal ones.
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not stored (a full or failing disk): the bytes go back where they came from, so the
            // caller still has them, and no part of them is left under an asset's name.
            if (Files.notExists(file) && Files.exists(temporary)) {
                try {
                    Files.move(temporary, file);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncFolder(folder);
        return true;
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        return Files.size(path(sha256));
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public <T> T withLocalFile(String sha256, LocalFileWork<T> work) throws IOException {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            throw new java.io.FileNotFoundException("No asset " + sha256);
        }
        return work.apply(file);
    }

    @Override
    public void delete(String sha256) throws IOException {
        Path file = path(sha256);
        if (Files.deleteIfExists(file)) {
            syncFolder(file.getParent());
        }
    }

    /** By the files' modification time: when their last bytes arrived. Skips incoming/ and .tmp files. */
    @Override
    public Stream<String> storedBefore(Instant cutoff) throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        return Files.find(root, 3, (file, attributes) -> attributes.isRegularFile()
                && attributes.lastModifiedTime().toInstant().isBefore(cutoff)
                && SHA256.matcher(file.getFileName().toString()).matches()
                && file.equals(path(file.getFileName().toString())))
                .map(file -> file.getFileName().toString());
    }

    /** Where an asset lives; package-private for tests. */
    Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Makes the rename itself durable. Linux allows fsync on a folder; elsewhere this may be refused. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Nothing better to do: the rename is atomic, only its durability is up to the OS.
        }
    }
}
