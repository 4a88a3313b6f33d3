package org.surgalt.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** Stored content, known by its SHA-256. Many uploads may share one asset. */
@Entity
public class Asset {

    @Id
    @Column(name = "sha256")
    private String sha256;

    private long size;

    @Column(nullable = false)
    private String firstFilename;

    @Column(nullable = false)
    private Instant createdAt;

    /** Rows are inserted with {@link AssetRepository#insertIfAbsent}, which two uploads may do at once. */
    protected Asset() {
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public String firstFilename() {
        return firstFilename;
    }

    boolean createdBefore(Instant cutoff) {
        return createdAt.isBefore(cutoff);
    }
}
