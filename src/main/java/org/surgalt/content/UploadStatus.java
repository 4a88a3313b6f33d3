package org.surgalt.content;

/** Where the bytes are: still arriving, all stored, or given up on. */
public enum UploadStatus {
    UPLOADING, COMPLETE, EXPIRED
}
