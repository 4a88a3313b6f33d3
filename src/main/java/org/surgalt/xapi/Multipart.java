package org.surgalt.xapi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** multipart/mixed, as statements with attachments arrive and leave (RFC 2046, xAPI Communication 1.5.2). */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");

    record Part(Map<String, String> headers, byte[] content) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private Multipart() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
    }

    static List<Part> parse(byte[] body, String contentType) {
        Matcher m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            throw new XapiRejected(400, "A multipart/mixed request names its boundary in Content-Type.");
        }
        byte[] delimiter = ("--" + (m.group(2) != null ? m.group(2) : m.group(3))).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new XapiRejected(400, "The multipart/mixed body does not contain its boundary.");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start = skipLine(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                throw new XapiRejected(400, "The multipart/mixed body does not end with its closing boundary.");
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            parts.add(part(Arrays.copyOfRange(body, start, Math.max(start, end))));
            at = next;
        }
        return parts;
    }

    private static Part part(byte[] raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        int i = 0;
        while (i < raw.length) {
            int lineEnd = i;
            while (lineEnd < raw.length && raw[lineEnd] != '\n') {
                lineEnd++;
            }
            String line = new String(raw, i, lineEnd - i, StandardCharsets.UTF_8).replace("\r", "");
            i = Math.min(raw.length, lineEnd + 1);
            if (line.isEmpty()) {
                return new Part(headers, Arrays.copyOfRange(raw, i, raw.length));
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return new Part(headers, new byte[0]);
    }

    private static int skipLine(byte[] body, int from) {
        int i = from;
        while (i < body.length && body[i] != '\n') {
            i++;
        }
        return Math.min(body.length, i + 1);
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = from; i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A multipart/mixed body of the parts; each part's headers as given. */
    static byte[] write(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            part.headers().forEach((name, value) -> out.writeBytes((name + ": " + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
