package org.surgalt.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.surgalt.content.AwaitsInspection;
import org.surgalt.content.UploadService;

/**
 * A file attached to a post. It arrives as an upload and waits (pending) until inspection accepts
 * it (then its content, inspected name and type are set) or refuses it (the reason kept), as a
 * submission's file does.
 */
@Entity
@Table(name = "forum_attachment")
public class Attachment implements AwaitsInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "upload_id", length = 32)
    private String uploadId;

    @Column(length = 64)
    private String sha256;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "media_type", length = 255)
    private String mediaType;

    @Column(length = 1000)
    private String rejection;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Attachment() {
    }

    Attachment(long postId, String uploadId, String filename) {
        this.postId = postId;
        this.uploadId = uploadId;
        this.filename = filename == null || filename.isBlank() ? "file" : cut(filename, 255);
        this.addedAt = Instant.now();
    }

    @Override
    public void accepted(UploadService.ReadyUpload ready) {
        this.sha256 = ready.sha256();
        this.filename = cut(ready.filename(), 255);
        this.mediaType = ready.mediaType();
        this.rejection = null;
    }

    @Override
    public void rejected(String reason) {
        this.rejection = cut(reason == null || reason.isBlank() ? "refused" : reason, 1000);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public boolean pending() {
        return sha256 == null && rejection == null;
    }

    public boolean ready() {
        return sha256 != null;
    }

    public long id() {
        return id;
    }

    public long postId() {
        return postId;
    }

    @Override
    public String uploadId() {
        return uploadId;
    }

    public String sha256() {
        return sha256;
    }

    public String filename() {
        return filename;
    }

    public String mediaType() {
        return mediaType;
    }

    public String rejection() {
        return rejection;
    }
}
