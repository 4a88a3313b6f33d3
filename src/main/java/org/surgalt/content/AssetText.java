package org.surgalt.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** The text inspection extracted from an accepted asset, for search (FULLTEXT-indexed). */
@Entity
public class AssetText {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(nullable = false)
    private String mediaType;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String text;

    @Column(nullable = false)
    private boolean truncated;

    /** The metadata Tika found (title, author, pages, duration, ...) as JSON. */
    @Column(nullable = false, columnDefinition = "TEXT")
    private String metadata;

    @Column(nullable = false)
    private Instant createdAt;

    protected AssetText() {
    }

    AssetText(String sha256, Inspection inspection, String metadataJson) {
        this.sha256 = sha256;
        this.mediaType = inspection.mediaType();
        this.text = inspection.text() == null ? "" : inspection.text();
        this.truncated = inspection.textTruncated();
        this.metadata = metadataJson;
        this.createdAt = Instant.now();
    }
}
