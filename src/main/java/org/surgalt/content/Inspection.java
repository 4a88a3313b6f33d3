package org.surgalt.content;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What inspecting an upload found. {@code mediaType} is the type detected from the bytes
 * ({@code application/octet-stream} when unknown); {@code reason} is for the uploader and is null
 * when accepted; {@code text} is the extracted text for search, at most the configured number of
 * characters ({@code textTruncated} says whether there was more); {@code manifest} is set for
 * accepted packages only.
 */
public record Inspection(Outcome outcome, String mediaType, String reason, Map<String, String> metadata, String text,
        boolean textTruncated, Duration took, Manifest manifest) {

    public enum Outcome {
        ACCEPTED, REJECTED
    }

    public Inspection {
        metadata = Map.copyOf(metadata);
    }

    static Inspection rejected(String mediaType, String reason, Duration took) {
        return new Inspection(Outcome.REJECTED, mediaType, reason, Map.of(), "", false, took, null);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    public Optional<Manifest> packageManifest() {
        return Optional.ofNullable(manifest);
    }
}
