package org.surgalt.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.surgalt.platform.DomainException;

/**
 * Stores files that arrive with the SHA-256 they must have (content bundles, issue 24) rather than
 * through an upload of someone's: the bytes are hashed again here, so a caller cannot store content
 * under another content's name. Like an upload, the asset row and the stored bytes come together in
 * their own transaction; content nothing refers to is collected later by {@link AssetCollector}.
 */
@ApplicationScoped
public class VerifiedAssets {

    private final AssetStore store;
    private final AssetRepository rows;

    VerifiedAssets(AssetStore store, AssetRepository rows) {
        this.store = store;
        this.rows = rows;
    }

    /** Whether this content is stored here already (with its row), so that it need not travel. */
    public boolean has(String sha256) {
        return QuarkusTransaction.joiningExisting().call(() -> rows.findById(sha256) != null) && store.exists(sha256);
    }

    /**
     * Takes over {@code file} as the content {@code sha256}; false when it was stored already (the
     * file is left to the caller then). Refused when the bytes are not that content.
     */
    public boolean store(Path file, String sha256, String filename) throws IOException {
        if (!UploadService.sha256(file).equals(sha256)) {
            throw DomainException.invalid("upload", "has a file whose bytes do not match its SHA-256: " + sha256);
        }
        if (has(sha256)) {
            return false;
        }
        long size = Files.size(file);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                rows.insertIfAbsent(sha256, size, filename);
                try {
                    store.store(file, sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return true;
    }
}
