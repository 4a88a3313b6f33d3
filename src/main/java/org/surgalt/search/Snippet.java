package org.surgalt.search;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A short piece of plain text around the first word a search found, split so that a page can mark
 * the word. Never HTML: Markdown is flattened roughly and tags are dropped; the page escapes it.
 */
public record Snippet(String before, String match, String after) {

    static final int CONTEXT_BEFORE = 70;
    static final int LENGTH = 220;
    private static final String ELLIPSIS = "…";

    public static final Snippet EMPTY = new Snippet("", "", "");

    public String text() {
        return before + match + after;
    }

    public boolean isEmpty() {
        return text().isEmpty();
    }

    /**
     * @param window    part of a text, or all of it
     * @param cutBefore the text goes on before the window
     * @param cutAfter  the text goes on after the window
     * @param markdown  lesson text (Markdown) rather than text extracted from a file
     */
    static Snippet of(String window, boolean cutBefore, boolean cutAfter, boolean markdown, List<String> terms) {
        String plain = markdown ? fromMarkdown(window) : flatten(window);
        if (plain.isEmpty()) {
            return EMPTY;
        }
        Matcher found = wordsStartingWith(terms).matcher(plain);
        int start = 0;
        int end = 0;
        if (found.find()) {
            start = found.start();
            end = found.end();
        }
        int from = Math.max(0, start - CONTEXT_BEFORE);
        if (from > 0) {
            int space = plain.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        int to = Math.min(plain.length(), Math.max(end, from + LENGTH));
        if (to < plain.length()) {
            int space = plain.lastIndexOf(' ', to);
            to = space > end ? space : to;
        }
        String before = (from > 0 || cutBefore ? ELLIPSIS : "") + plain.substring(from, start);
        String after = plain.substring(end, to).stripTrailing() + (to < plain.length() || cutAfter ? ELLIPSIS : "");
        return new Snippet(before, plain.substring(start, end), after);
    }

    /** Does the text have a word starting with one of the terms (as the FULLTEXT prefix search matched)? */
    static boolean contains(String text, List<String> terms) {
        return text != null && wordsStartingWith(terms).matcher(text).find();
    }

    private static Pattern wordsStartingWith(List<String> terms) {
        String alternatives = terms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")[\\p{L}\\p{N}_]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[/!?]?[A-Za-z][^>]{0,500}>");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern LINE_MARKERS = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern FENCES_AND_RULES = Pattern.compile("(?m)^\\s{0,3}(?:```|~~~|---+|\\*\\*\\*+|___+).*$");
    private static final Pattern EMPHASIS = Pattern.compile("[*`~]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern TABLE_PIPES = Pattern.compile("\\|");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** Roughly what a reader sees of rendered Markdown: link texts, no markup, no tags, one line. */
    static String fromMarkdown(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = TAG.matcher(COMMENT.matcher(markdown).replaceAll(" ")).replaceAll(" ");
        text = IMAGE_OR_LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = LINK_DEFINITION.matcher(text).replaceAll(" ");
        text = FENCES_AND_RULES.matcher(text).replaceAll(" ");
        text = LINE_MARKERS.matcher(text).replaceAll(" ");
        text = ESCAPE.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = TABLE_PIPES.matcher(text).replaceAll(" ");
        return flatten(text);
    }

    private static String flatten(String text) {
        if (text == null) {
            return "";
        }
        String noTags = TAG.matcher(COMMENT.matcher(text).replaceAll(" ")).replaceAll(" ");
        return SPACE.matcher(noTags).replaceAll(" ").strip();
    }
}
