package org.surgalt.cartridge;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.surgalt.web.MarkdownRenderer;

/**
 * A cartridge's HTML as a lesson body: the body of the document through the lessons' allow-list
 * ({@link MarkdownRenderer#sanitizeHtml}), its relative addresses and {@code $IMS-CC-FILEBASE$}
 * ones rewritten to the name of the imported file (which the lesson resolves to that file item),
 * addresses into the other system ({@code $WIKI_REFERENCE$}, {@code $CANVAS_OBJECT_REFERENCE$}) and
 * to files the cartridge lacks dropped (the text stays), and made one HTML block, so Markdown
 * leaves it as it is.
 */
final class PageHtml {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final List<String> FILEBASE = List.of("$IMS-CC-FILEBASE$", "%24IMS-CC-FILEBASE%24",
            "$IMS_CC_FILEBASE$", "%24IMS_CC_FILEBASE%24");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?=\\n)");
    private static final Pattern INDENT = Pattern.compile("(?m)^[ \\t]+");

    /** What a page's text became, and the files it refers to that the cartridge does not have. */
    record Converted(String body, Set<String> missing) {
    }

    private final MarkdownRenderer renderer;
    /** An archive path to the name of the file imported for it, or null when the cartridge lacks it. */
    private final Function<String, String> files;

    PageHtml(MarkdownRenderer renderer, Function<String, String> files) {
        this.renderer = renderer;
        this.files = files;
    }

    /** {@code path}: where the HTML is in the archive, against which relative addresses resolve. */
    Converted convert(String html, String path) {
        Set<String> missing = new TreeSet<>();
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        String clean = renderer.sanitizeHtml(body(html), address -> rewrite(address, dir, missing)).strip();
        clean = INDENT.matcher(BLANK_LINES.matcher(clean.replace("\r", "")).replaceAll("")).replaceAll("");
        if (!clean.isEmpty() && !clean.startsWith("<")) {
            clean = "<p>" + clean + "</p>";
        }
        return new Converted(clean, missing);
    }

    /** The text of a document's {@code <title>}, or empty. */
    static String title(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int start = lower.indexOf("<title>");
        int end = start < 0 ? -1 : lower.indexOf("</title>", start);
        if (end < 0) {
            return "";
        }
        return html.substring(start + 7, end).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("\\s+", " ").strip();
    }

    private static String body(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int open = lower.indexOf("<body");
        int start = open < 0 ? 0 : lower.indexOf('>', open) + 1;
        int end = lower.lastIndexOf("</body>");
        return html.substring(Math.max(start, 0), end > start ? end : html.length());
    }

    private String rewrite(String address, String dir, Set<String> missing) {
        String value = address.strip();
        for (String token : FILEBASE) {
            if (value.startsWith(token)) {
                String rest = value.substring(token.length()).replaceFirst("^/+", "");
                String found = file("web_resources/" + rest, missing);
                if (found == null && rest.startsWith("files/")) {
                    missing.remove(name("web_resources/" + rest));
                    found = file("web_resources/" + rest.substring(6), missing);
                }
                return found;
            }
        }
        if (value.startsWith("#") || SCHEME.matcher(value).matches()) {
            return value;
        }
        if (value.isEmpty() || value.startsWith("/") || value.contains("$") || value.startsWith("%24")) {
            return null;
        }
        return file(dir + value, missing);
    }

    /** The imported file's name, encoded for an address; null (noting it missing) when the cartridge lacks it. */
    private String file(String address, Set<String> missing) {
        String path = normalise(address);
        if (path == null) {
            return null;
        }
        String name = files.apply(path);
        if (name == null) {
            missing.add(name(path));
            return null;
        }
        return name.isEmpty() ? null : URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The archive path an address names, without its query or fragment; null when it climbs out. */
    static String normalise(String address) {
        String path = address.replaceAll("[?#].*$", "");
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return null;
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }
}
