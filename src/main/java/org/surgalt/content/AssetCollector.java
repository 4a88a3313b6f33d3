package org.surgalt.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Deletes stored content that nothing refers to ({@link AssetRepository#REFERENCES}) and that is
 * older than the cutoff: its text, its asset row, then its bytes.
 *
 * <p>Rows first, in a transaction of their own, then the bytes: a crash in between leaves bytes
 * without a row, which is harmless and which the sweep of the store deletes next time, never a row
 * whose bytes are gone.
 *
 * <p>Someone may upload the same content again just as it is collected. Bytes are therefore
 * deleted only while this holds the asset's key with no row in it (a placeholder row, inserted
 * and deleted in the same transaction), and {@link UploadService} inserts or locks the row before
 * it stores bytes: whichever comes second waits for the other, so either the upload finds the
 * bytes gone and stores its own, or the collector finds the row back and keeps them.
 */
@ApplicationScoped
public class AssetCollector {

    private static final Logger LOG = Logger.getLogger(AssetCollector.class);
    private static final int BATCH = 500;

    /** Assets: rows and bytes deleted. Stray files: bytes without a row, deleted. */
    public record Collected(int assets, int strayFiles) {
    }

    private final AssetRepository assets;
    private final AssetStore store;

    AssetCollector(AssetRepository assets, AssetStore store) {
        this.assets = assets;
        this.store = store;
    }

    public Collected collect(Instant cutoff) throws IOException {
        int collected = 0;
        String after = "";
        List<String> batch;
        do {
            String from = after;
            batch = QuarkusTransaction.requiringNew().call(() -> assets.unreferencedBefore(cutoff, from, BATCH));
            for (String sha256 : batch) {
                if (deleteRows(sha256, cutoff)) {
                    deleteBytes(sha256);
                    collected++;
                }
                after = sha256;
            }
        } while (batch.size() == BATCH);
        return new Collected(collected, deleteStrayFiles(cutoff));
    }

    /**
     * The row lock makes the check hold until the commit: adding a reference takes a shared lock
     * on the asset row (the foreign key check), so none can appear meanwhile.
     */
    private boolean deleteRows(String sha256, Instant cutoff) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Asset asset = assets.findById(sha256, LockModeType.PESSIMISTIC_WRITE);
                if (asset == null || !asset.createdBefore(cutoff) || assets.isReferenced(sha256)) {
                    return false;
                }
                assets.deleteWithText(sha256);
                return true;
            });
        } catch (RuntimeException e) {
            if (!isForeignKeyViolation(e)) {
                throw e;
            }
            LOG.warnf("Asset %s looked unused but a foreign key still refers to it; add that column to "
                    + "AssetRepository.REFERENCES. It is kept.", sha256);
            return false;
        }
    }

    /** @return false if the content has a row again (uploaded anew meanwhile) or could not be deleted */
    private boolean deleteBytes(String sha256) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                // A placeholder row: it holds the key until the commit. If a row is there, keep the bytes.
                if (!assets.insertIfAbsent(sha256, 0, "")) {
                    return false;
                }
                try {
                    store.delete(sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                assets.deleteWithText(sha256); // the placeholder
                return true;
            });
        } catch (UncheckedIOException e) {
            LOG.warnf(e, "Could not delete the bytes of asset %s; the next collection tries again", sha256);
            return false;
        }
    }

    /** Bytes whose row is gone: left by a crash or a failed delete above. */
    private int deleteStrayFiles(Instant cutoff) throws IOException {
        int deleted = 0;
        try (Stream<String> stored = store.storedBefore(cutoff)) {
            Iterator<String> files = stored.iterator();
            while (files.hasNext()) {
                List<String> batch = new ArrayList<>(BATCH);
                while (files.hasNext() && batch.size() < BATCH) {
                    batch.add(files.next());
                }
                for (String sha256 : QuarkusTransaction.requiringNew().call(() -> assets.withoutRow(batch))) {
                    if (deleteBytes(sha256)) {
                        deleted++;
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return deleted;
    }

    /** MariaDB 1451: a row that a foreign key refers to cannot be deleted. */
    private static boolean isForeignKeyViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == 1451) {
                return true;
            }
        }
        return false;
    }
}
