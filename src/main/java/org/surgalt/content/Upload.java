package org.surgalt.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.surgalt.platform.DomainException;

/**
 * A resumable upload. Its id is 128 random bits: it is in URLs, and knowing it must not be enough
 * to guess another. The offset is what is durably in the partial file.
 */
@Entity
public class Upload {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String id;

    private long ownerId;

    @Column(nullable = false)
    private String filename;

    private String declaredType;

    private long length;

    @Column(name = "upload_offset")
    private long offset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UploadStatus status;

    @Enumerated(EnumType.STRING)
    private ProcessingState state;

    private String sha256;

    private Long jobId;

    /** Which kind of item the file is for: it decides the types inspection allows. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileKind kind;

    private String detectedType;

    private String rejectionReason;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Upload() {
    }

    Upload(long ownerId, String filename, String declaredType, long length, FileKind kind) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.id = HexFormat.of().formatHex(bytes);
        this.ownerId = ownerId;
        this.filename = filename;
        this.declaredType = declaredType;
        this.length = length;
        this.kind = kind;
        this.status = UploadStatus.UPLOADING;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Bytes may only be appended where the last ones ended (tus: 409 otherwise). */
    void requireAppendableAt(long at) {
        if (status != UploadStatus.UPLOADING) {
            throw DomainException.conflict("This upload is " + status.name().toLowerCase() + ": it takes no more bytes.");
        }
        if (at != offset) {
            throw DomainException.conflict("Upload-Offset " + at + " does not match the " + offset
                    + " bytes received so far.");
        }
    }

    void received(long newOffset) {
        this.offset = newOffset;
        this.updatedAt = Instant.now();
    }

    void complete(String sha256, long jobId) {
        this.offset = length;
        this.status = UploadStatus.COMPLETE;
        this.sha256 = sha256;
        this.state = ProcessingState.QUEUED;
        this.jobId = jobId;
        this.updatedAt = Instant.now();
    }

    void expire() {
        this.status = UploadStatus.EXPIRED;
        this.updatedAt = Instant.now();
    }

    /** The outcome of inspection: READY with the detected type, or REJECTED with the reason. */
    void inspected(Inspection inspection) {
        this.detectedType = inspection.mediaType();
        this.state = inspection.accepted() ? ProcessingState.READY : ProcessingState.REJECTED;
        this.rejectionReason = inspection.accepted() ? null : inspection.reason();
        this.updatedAt = Instant.now();
    }

    void processing(ProcessingState next) {
        this.state = next;
        this.updatedAt = Instant.now();
    }

    public FileKind kind() {
        return kind;
    }

    public String detectedType() {
        return detectedType;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String id() {
        return id;
    }

    public long ownerId() {
        return ownerId;
    }

    public String filename() {
        return filename;
    }

    public String declaredType() {
        return declaredType;
    }

    public long length() {
        return length;
    }

    public long offset() {
        return offset;
    }

    public UploadStatus status() {
        return status;
    }

    public ProcessingState state() {
        return state;
    }

    public String sha256() {
        return sha256;
    }

    public Long jobId() {
        return jobId;
    }
}
