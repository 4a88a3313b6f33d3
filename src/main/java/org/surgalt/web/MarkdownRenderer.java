package org.surgalt.web;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Lesson Markdown to HTML that cannot run script: raw HTML in the source is escaped, not passed
 * through, and link/image addresses with unsafe schemes (javascript:, data:, ...) are dropped.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    public RawString render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return new RawString("");
        }
        return new RawString(renderer.render(parser.parse(markdown)));
    }
}
