package org.surgalt.content;

import com.fasterxml.jackson.annotation.JsonInclude;

/** GET /api/uploads/{id}: what a progress bar needs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadStatusJson(String id, String filename, String status, long offset, long length,
        String sha256, String processing, String job, String jobError, String kind, String detectedType,
        String rejectedBecause) {
}
