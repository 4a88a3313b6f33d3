package org.surgalt.xapi.document;

import java.time.Instant;

/**
 * One stored document as the LRS serves it: its bytes and content type, its ETag (the SHA-1 of the
 * bytes, in hex, without quotes) and when it last changed.
 */
public record XapiDocument(String contentType, byte[] content, String etag, Instant updated) {

    /** The ETag header's value: the tag in quotes, as RFC 7232 wants it. */
    public String quotedEtag() {
        return '"' + etag + '"';
    }

    public boolean isJson() {
        return DocumentContent.isJson(contentType);
    }
}
