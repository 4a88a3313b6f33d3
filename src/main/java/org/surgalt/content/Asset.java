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

    protected Asset() {
    }

    Asset(String sha256, long size, String firstFilename) {
        this.sha256 = sha256;
        this.size = size;
        this.firstFilename = firstFilename;
        this.createdAt = Instant.now();
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
}
