package org.surgalt.content;

/**
 * A record whose file arrives as an upload and waits for inspection's verdict (a submission's file,
 * a post's attachment, a library resource): {@link UploadService#settle} gives it the verdict, so
 * what counts as accepted, refused or expired is decided in one place.
 */
public interface AwaitsInspection {

    /** The upload the file comes from; null when there is none. */
    String uploadId();

    /** Inspection accepted the upload: its content's hash, its inspected name and type. */
    void accepted(UploadService.ReadyUpload ready);

    /** Inspection refused the upload, or it expired before it was checked: why, in English. */
    void rejected(String reason);
}
