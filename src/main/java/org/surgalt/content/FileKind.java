package org.surgalt.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The course item kinds that take an uploaded file, each with the media types it accepts. The
 * types are what Tika detects from the bytes, never what the name or the browser claims.
 *
 * <p>HTML, SVG, XML and JavaScript are not in the FILE list on purpose: served from our origin they
 * run script in a learner's session. Where they are wanted as downloadable attachments, another
 * feature stores them with {@code Content-Disposition: attachment}; this allow-list is for files a
 * learner opens in the browser.
 */
public enum FileKind {
    FILE("files", List.of(
            type("application/pdf", "PDF"),
            type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)"),
            type("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (.pptx)"),
            type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)"),
            type("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            type("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"),
            type("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            type("text/plain", "plain text"),
            type("image/jpeg", "JPEG"), type("image/png", "PNG"), type("image/gif", "GIF"), type("image/webp", "WebP"))),
    VIDEO("videos", List.of(type("video/mp4", "MP4"), type("video/webm", "WebM"))),
    PACKAGE("packages", List.of(type("application/zip", "a ZIP with a SCORM, IMS Common Cartridge or cmi5 manifest, or an H5P file (.h5p)"))),
    IMAGE("images", List.of(type("image/jpeg", "JPEG"), type("image/png", "PNG"), type("image/gif", "GIF"),
            type("image/webp", "WebP"))),
    /** A content bundle (issue 24, node/bundle): an archive no item carries, imported by a site admin. */
    BUNDLE("content bundles", List.of(type("application/zip", "a Surgalt content bundle (.surgalt-bundle)")));

    private final String plural;
    private final Map<String, String> labels;

    FileKind(String plural, List<Map.Entry<String, String>> types) {
        this.plural = plural;
        this.labels = types.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Map.Entry<String, String> type(String mediaType, String label) {
        return Map.entry(mediaType, label);
    }

    /** {@code baseType} is a media type without parameters, e.g. {@code text/plain}. */
    public boolean allows(String baseType) {
        return labels.containsKey(baseType);
    }

    public Set<String> mediaTypes() {
        return labels.keySet();
    }

    /** "files", "videos": for messages such as "not allowed for files". */
    public String plural() {
        return plural;
    }

    /** "PDF, Word (.docx), ...": what a user may upload instead. */
    public String allowedLabels() {
        return labels.values().stream().distinct().collect(Collectors.joining(", "));
    }
}
