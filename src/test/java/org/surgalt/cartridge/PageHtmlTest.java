package org.surgalt.cartridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgalt.web.MarkdownRenderer;

/** A cartridge page's HTML as a lesson body, and how a lesson then shows it. */
class PageHtmlTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final Map<String, String> archive = Map.of("wiki_content/img/a b.png", "a b.png",
            "web_resources/doc.pdf", "doc.pdf", "wiki_content/other.html", "");
    private final PageHtml html = new PageHtml(renderer, archive::get);

    @Test
    void addressesPointAtTheImportedFilesAndWhatCannotRunIsGone() {
        PageHtml.Converted page = html.convert("""
                <html><head><title>T</title><script>alert(1)</script></head><body>
                    <h2 onclick="x()">Hi</h2>

                    <p><img src="img/a%20b.png" style="width:1px"> <a href="$IMS-CC-FILEBASE$/doc.pdf?canvas_download=1">doc</a>
                    <a href="other.html">next page</a> <a href="../../../etc/passwd">out</a>
                    <a href="gone.pdf">gone</a> <a href="javascript:alert(1)">js</a> <a href="https://example.org/">web</a>
                    <iframe src="https://evil.example/"></iframe></p>
                </body></html>""", "wiki_content/page.html");
        assertEquals("<h2>Hi</h2>\n<p><img src=\"a%20b.png\" /> <a href=\"doc.pdf\" rel=\"noopener noreferrer\">doc"
                + "</a>\nnext page out\ngone js <a href=\"https://example.org/\" rel=\"noopener noreferrer\">web</a>\n"
                + "</p>", page.body().replace("rel=\"noreferrer noopener\"", "rel=\"noopener noreferrer\""));
        assertEquals(Set.of("gone.pdf"), page.missing());
    }

    @Test
    void aLessonResolvesRawHtmlAddressesAsItDoesMarkdownOnes() {
        String shown = renderer.render("<p><img src=\"a%20b.png\" alt=\"A\"></p>",
                name -> name.equals("a%20b.png") ? "/courses/c/items/7/file?version=draft" : null).toString();
        assertEquals("<p><img src=\"/courses/c/items/7/file?version&#61;draft\" alt=\"A\" /></p>", shown.strip());
    }

    @Test
    void aPathThatClimbsOutOfTheArchiveNamesNothing() {
        assertNull(PageHtml.normalise("../x.png"));
        assertEquals("a/c.png", PageHtml.normalise("a/b/../c.png?x=1#top"));
    }
}
