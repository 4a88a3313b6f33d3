package org.surgalt.cartridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.surgalt.content.ArchiveEntries;

/**
 * An inspected cartridge's entries, read one at a time with commons-compress (as the cmi5 import
 * reads its package) after the upload pipeline's checks of the entry: nothing is unpacked but the
 * entry asked for, and an entry larger than the caller allows is not read.
 */
final class CartridgeArchive implements AutoCloseable {

    static final int MAX_XML_BYTES = 16 << 20;

    private final ZipFile zip;

    CartridgeArchive(Path file) throws IOException {
        this.zip = ZipFile.builder().setPath(file).setUseUnicodeExtraFields(false).get();
    }

    boolean contains(String path) {
        return entry(path).isPresent();
    }

    /** The entry's bytes, or empty when it is missing, unsafe or larger than {@code max}. */
    Optional<byte[]> read(String path, int max) throws IOException {
        Optional<ZipArchiveEntry> entry = entry(path);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry.get())) {
            byte[] bytes = in.readNBytes(max + 1);
            return bytes.length > max ? Optional.empty() : Optional.of(bytes);
        }
    }

    Optional<String> text(String path) throws IOException {
        return read(path, MAX_XML_BYTES).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** Copies the entry to {@code target}; false when it is missing or unsafe, or longer than {@code max} bytes. */
    boolean copy(String path, Path target, long max) throws IOException {
        Optional<ZipArchiveEntry> entry = entry(path);
        if (entry.isEmpty()) {
            return false;
        }
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry.get()); OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                written += n;
                if (written > max) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private Optional<ZipArchiveEntry> entry(String path) {
        ZipArchiveEntry entry = path == null || path.isEmpty() ? null : zip.getEntry(path);
        if (entry == null || entry.isDirectory() || ArchiveEntries.problem(zip, entry).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
