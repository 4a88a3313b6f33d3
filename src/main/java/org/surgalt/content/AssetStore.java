package org.surgalt.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Content-addressed storage of uploaded bytes, keyed by their SHA-256 in lower-case hex. The
 * same content is kept once however often it is stored. The file system store is the one for
 * single servers and shared volumes; an object store (S3) is the other.
 */
public interface AssetStore {

    /**
     * Takes over {@code file} (moved, or copied and deleted) as the content with this SHA-256,
     * which the caller has computed. Returns false if that content was stored already. Either the
     * complete content is stored under the key or nothing is: never part of it. When it throws,
     * {@code file} is still there with its bytes (as far as the disk allows).
     */
    boolean store(Path file, String sha256) throws IOException;

    InputStream open(String sha256) throws IOException;

    long size(String sha256) throws IOException;

    boolean exists(String sha256);

    /**
     * Runs {@code work} on the content as a local file, for tools that need one (Tika, archive
     * checks). The file system store passes its own file; a remote store would download a copy.
     * {@code work} must not change the file.
     */
    <T> T withLocalFile(String sha256, LocalFileWork<T> work) throws IOException;

    /**
     * Deletes the content if it is stored. Only for {@link AssetCollector}, which knows that no
     * asset row names it and none can appear meanwhile.
     */
    void delete(String sha256) throws IOException;

    /** The SHA-256 of all content stored before {@code cutoff}; the caller closes the stream. */
    Stream<String> storedBefore(Instant cutoff) throws IOException;

    @FunctionalInterface
    interface LocalFileWork<T> {
        T apply(Path file) throws IOException;
    }
}
