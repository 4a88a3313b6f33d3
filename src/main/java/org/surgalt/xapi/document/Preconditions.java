package org.surgalt.xapi.document;

import java.util.Arrays;
import java.util.Optional;
import org.surgalt.xapi.XapiRejected;

/**
 * A write's If-Match and If-None-Match headers (RFC 7232), checked against the document as it is
 * (empty: none stored). If-Match compares strongly (a weak tag never matches); If-None-Match
 * weakly. A failed condition is 412 and nothing is changed.
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    /** Neither header: what the xAPI rules on bare PUTs ask about. */
    public boolean none() {
        return ifMatch == null && ifNoneMatch == null;
    }

    void check(Optional<XapiDocument> current) {
        if (ifMatch != null) {
            if (current.isEmpty()) {
                throw new XapiRejected(412, "If-Match names a document that does not exist");
            }
            if (!ifMatch.strip().equals("*") && !listed(ifMatch, current.get().etag(), false)) {
                throw new XapiRejected(412, "The document has changed since you read it: its ETag is now "
                        + current.get().quotedEtag());
            }
        }
        if (ifNoneMatch != null && current.isPresent()
                && (ifNoneMatch.strip().equals("*") || listed(ifNoneMatch, current.get().etag(), true))) {
            throw new XapiRejected(412, "The document exists already (If-None-Match)");
        }
    }

    /** Whether the header's list of entity tags names {@code etag}; unquoted tags are taken as quoted. */
    private static boolean listed(String header, String etag, boolean weak) {
        return Arrays.stream(header.split(",")).map(String::strip).anyMatch(tag -> {
            if (tag.startsWith("W/")) {
                if (!weak) {
                    return false;
                }
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            return tag.equalsIgnoreCase(etag);
        });
    }
}
