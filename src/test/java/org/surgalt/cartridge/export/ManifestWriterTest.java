package org.surgalt.cartridge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Completion;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.LocalizedText;
import org.surgalt.web.MarkdownRenderer;
import org.w3c.dom.Document;

/**
 * The manifest of a Mongolian course with an attribution: the LOM in the course's language (title,
 * description, the attribution as rights), a module without items still an item with its title, and
 * characters XML cannot hold left out rather than breaking the document.
 */
class ManifestWriterTest {

    @Test
    void aMongolianCourseWithAnAttributionKeepsItsLanguageAndRights() throws Exception {
        CourseContent.ItemContent page = new CourseContent.ItemContent(11, 1, 1, ItemKind.PAGE,
                LocalizedText.of(null, "Танилцуулга\u0007"), LocalizedText.of(null, "Сайн байна уу"), null, null,
                Completion.VIEWED, null, null, true);
        CourseContent content = new CourseContent(5, "mn-course", "mn", 3, LocalizedText.of("English", "Монгол"),
                LocalizedText.of(null, "Тайлбар"), "Adapted from X, CC BY 4.0", List.of(
                        new CourseContent.ModuleContent(1, 1, LocalizedText.of(null, "Нэгдүгээр"), null, List.of(page)),
                        new CourseContent.ModuleContent(2, 2, LocalizedText.of(null, "Хоосон"), null, List.of())),
                Map.of());
        ExportSource source = new ExportSource(content, Map.of(), Map.of(), Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManifestWriter.write(source, new CartridgeLayout(source, new MarkdownRenderer()), out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document manifest = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("surgalt_mn-course_v3", xpath.evaluate("/manifest/@identifier", manifest));
        assertEquals("Монгол", xpath.evaluate("//general/title/string[@language='mn']", manifest));
        assertEquals("mn", xpath.evaluate("//general/language", manifest));
        assertEquals("Тайлбар", xpath.evaluate("//general/description/string", manifest));
        assertEquals("yes", xpath.evaluate("//rights/copyrightAndOtherRestrictions/value", manifest));
        assertEquals("Adapted from X, CC BY 4.0", xpath.evaluate("//rights/description/string", manifest));
        assertEquals("Танилцуулга", xpath.evaluate("//item[@identifier='I_11']/title", manifest));
        assertEquals("Хоосон", xpath.evaluate("//item[@identifier='M_2']/title", manifest));
        assertEquals("0", xpath.evaluate("count(//item[@identifier='M_2']/item)", manifest));
        assertEquals("pages/11.html", xpath.evaluate("//resource[@identifier='R_11']/@href", manifest));
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)<\\?xml version=[\"']1\\.0[\"'] encoding=[\"']UTF-8[\"'].*"), text);
    }
}
