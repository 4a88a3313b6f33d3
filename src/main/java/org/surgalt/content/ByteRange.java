package org.surgalt.content;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of stored content a request's {@code Range} header asks for (one range: video seeking,
 * resumed downloads), and the body that streams it. For item files, lesson files, submissions and
 * the files of unpacked packages alike.
 */
public record ByteRange(long start, long length, long size, boolean partial) {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The whole content for no header; null when the header cannot be satisfied (answer 416). */
    public static ByteRange of(String header, long size) {
        if (header == null) {
            return new ByteRange(0, size, size, false);
        }
        Matcher matcher = RANGE.matcher(header.strip());
        long[] bounds = matcher.matches() ? bounds(matcher.group(1), matcher.group(2), size) : null;
        return bounds == null ? null : new ByteRange(bounds[0], bounds[1] - bounds[0] + 1, size, true);
    }

    /** The {@code Content-Range} value of a partial answer. */
    public String contentRange() {
        return "bytes " + start + "-" + (start + length - 1) + "/" + size;
    }

    /** Streams this part of the content with the given SHA-256 from the store. */
    public StreamingOutput body(AssetStore store, String sha256) {
        return output -> {
            try (InputStream in = store.open(sha256)) {
                in.skipNBytes(start);
                byte[] buffer = new byte[64 * 1024];
                long left = length;
                while (left > 0) {
                    int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (read < 0) {
                        break;
                    }
                    output.write(buffer, 0, read);
                    left -= read;
                }
            }
        };
    }

    /** "bytes=a-b", "bytes=a-" or "bytes=-n" within the size; null when unsatisfiable. */
    static long[] bounds(String first, String last, long size) {
        if (size == 0 || (first.isEmpty() && last.isEmpty())) {
            return null;
        }
        long start;
        long end;
        if (first.isEmpty()) {
            long suffix = Long.parseLong(last);
            start = Math.max(0, size - suffix);
            end = size - 1;
        } else {
            start = Long.parseLong(first);
            end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
        }
        return start > end || start >= size ? null : new long[] {start, end};
    }
}
