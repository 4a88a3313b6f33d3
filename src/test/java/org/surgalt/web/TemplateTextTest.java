package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * No template shows a word that is not looked up in a message bundle: a literal "Save" in a
 * template is English to a Mongolian reader, and MessageBundlesTest cannot see it. Qute
 * expressions and sections are blanked out (keeping line numbers), the rest is parsed as HTML, and
 * every text node and user-visible attribute must be free of letters, bar the allow-list below.
 * Also: every image is lazy-loaded, so a long page does not fetch what nobody scrolled to.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A Qute comment, then any expression or section tag: '{' followed by no whitespace. */
    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^\\s{}](?:[^{}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Text allowed as it is, with the reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "English", "the language switch names each language in that language (an autonym)",
            "Монгол", "the language switch names each language in that language (an autonym)",
            "class=\"wide dashboard\"", "the dashboard's attribute for the layout's <main> (its {#main} insert), not text");

    /** Elements whose text is not prose: code, scripts, styles. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "code");

    /** Attributes a reader sees or hears. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "label");

    @Test
    void templatesHoldNoUntranslatedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            problems.addAll(untranslated(file, Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), problems, "move these texts into a message bundle (English and Mongolian)");
    }

    @Test
    void imagesAreLazyLoaded() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            if (!file.toString().endsWith(".html")) {
                continue;
            }
            Document page = parse(blank(Files.readString(file, StandardCharsets.UTF_8)));
            for (Element image : page.select("img")) {
                if (!"lazy".equals(image.attr("loading"))) {
                    problems.add(TEMPLATES.relativize(file) + ":" + line(image) + " <img> without loading=\"lazy\"");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Static files are linked at their fingerprinted addresses (web/Assets), which browsers keep for a year. */
    @Test
    void staticFilesAreLinkedByFingerprint() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : templates()) {
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("\"/static/")) {
                    problems.add(TEMPLATES.relativize(file) + ":" + (i + 1) + " links /static/ directly: use {asset:url('...')}");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsLiteralTextButNotExpressions() {
        String template = """
                {#include layout/base}
                {#title}{msg:title}{/title}
                <h1>{page.title}</h1>
                <p>Save changes</p>
                <input placeholder="Your name" value="{page.name}" aria-label="{msg:name}">
                <a href="/x"{#if page.current} aria-current="true"{/if}>{msg:link('a{b')}</a>
                <code>email</code>
                <script>var label = "not prose";</script>
                <button type="submit" value="go">{msg:save}</button>
                <input type="submit" value="Send">
                {! a comment with words !}
                {/include}
                """;
        assertEquals(List.of("T.html:4 text \"Save changes\"", "T.html:5 placeholder=\"Your name\"",
                "T.html:10 value=\"Send\""), untranslated(Path.of("T.html"), template));
        assertEquals(List.of("T.txt:2 text \"Dear\""), untranslated(Path.of("T.txt"), "{msg:a}\nDear {name}\n"));
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static List<String> untranslated(Path file, String template) {
        String name = file.startsWith(TEMPLATES) ? TEMPLATES.relativize(file).toString() : file.toString();
        String blanked = blank(template);
        List<String> problems = new ArrayList<>();
        if (!name.endsWith(".html")) {
            String[] lines = blanked.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (hasText(lines[i])) {
                    problems.add(name + ":" + (i + 1) + " text \"" + lines[i].strip() + "\"");
                }
            }
            return problems;
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !skipped(text) && hasText(text.getWholeText())) {
                    problems.add(name + ":" + line(text) + " text \"" + text.getWholeText().strip() + "\"");
                } else if (node instanceof Element element) {
                    element.attributes().forEach(attribute -> {
                        boolean visible = VISIBLE_ATTRIBUTES.contains(attribute.getKey())
                                || ("value".equals(attribute.getKey()) && isButton(element));
                        if (visible && hasText(attribute.getValue())) {
                            problems.add(name + ":" + line(element) + " " + attribute.getKey() + "=\""
                                    + attribute.getValue().strip() + "\"");
                        }
                    });
                }
            }
        }, parse(blanked));
        return problems;
    }

    /** Replaces comments and expressions by spaces, keeping line breaks so that lines stay where they were. */
    static String blank(String template) {
        return blank(blank(template, COMMENT), EXPRESSION);
    }

    private static String blank(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group().replaceAll("[^\n]", " ")));
        }
        return matcher.appendTail(out).toString();
    }

    private static Document parse(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    }

    private static boolean hasText(String text) {
        String stripped = text.strip();
        return !ALLOWED.containsKey(stripped) && LETTER.matcher(stripped).find();
    }

    private static boolean skipped(TextNode text) {
        for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isButton(Element element) {
        String type = element.attr("type").toLowerCase();
        // A <button>'s value is sent, not shown; an <input type=submit>'s value is its label.
        return element.normalName().equals("input") && Set.of("submit", "button", "reset").contains(type);
    }

    private static int line(Node node) {
        return node.sourceRange().start().lineNumber();
    }
}
