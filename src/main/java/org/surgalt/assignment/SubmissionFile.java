package org.surgalt.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.surgalt.content.AwaitsInspection;
import org.surgalt.content.UploadService;
import org.surgalt.course.Item;

/**
 * A file of a submission: the learner's work, or the grader's feedback. It arrives as an upload
 * and waits (pending) until inspection accepts it, or keeps the reason it was refused.
 */
@Entity
@Table(name = "submission_file")
public class SubmissionFile implements AwaitsInspection {

    public enum Purpose {
        SUBMISSION, FEEDBACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

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

    protected SubmissionFile() {
    }

    public static SubmissionFile pending(Purpose purpose, String uploadId, String filename) {
        SubmissionFile file = new SubmissionFile();
        file.purpose = purpose;
        file.uploadId = uploadId;
        file.filename = filename == null || filename.isBlank() ? "file" : truncated(filename, 255);
        file.addedAt = Instant.now();
        return file;
    }

    /** Inspection accepted the upload: this is its content now. */
    @Override
    public void accepted(UploadService.ReadyUpload ready) {
        this.sha256 = ready.sha256();
        this.filename = truncated(ready.filename(), 255);
        this.mediaType = ready.mediaType();
        this.rejection = null;
    }

    @Override
    public void rejected(String reason) {
        this.rejection = truncated(reason == null || reason.isBlank() ? "refused" : reason, 1000);
    }

    private static String truncated(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public boolean isLearners() {
        return purpose == Purpose.SUBMISSION;
    }

    public boolean isPending() {
        return sha256 == null && rejection == null;
    }

    public boolean isRejected() {
        return rejection != null;
    }

    public boolean isReady() {
        return sha256 != null;
    }

    public Item.AttachedFile asAttachedFile() {
        return new Item.AttachedFile(sha256, filename, mediaType);
    }

    public Long id() {
        return id;
    }

    public Purpose purpose() {
        return purpose;
    }

    @Override
    public String uploadId() {
        return uploadId;
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
