package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void imagesInLessonsAreLazyLoaded() {
        assertEquals("<p><img src=\"/courses/c/files/diagram.png\" alt=\"Diagram\" loading=\"lazy\" /></p>\n",
                renderer.render("![Diagram](diagram.png)", name -> "/courses/c/files/" + name).toString());
        // Written by hand in the lesson: only "lazy" is kept.
        assertEquals("<p><img src=\"/a.png\" alt=\"\" /></p>\n",
                renderer.render("<p><img src=\"/a.png\" alt=\"\" loading=\"eager\"></p>").toString());
    }

    @Test
    void whatTheSanitiserRemovesIsReportedWithWhy() {
        String lesson = "# Plan\n\n<script>steal()</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<form action=\"/x\"><input name=\"q\"></form>\n\n<a href=\"javascript:x()\">go</a> <em onclick=\"y()\">now</em>\n\n"
                + "<details><summary>More</summary>kept</details>";
        java.util.List<MarkdownRenderer.Removal> removed = renderer.removals(lesson);
        assertEquals(java.util.List.of(
                new MarkdownRenderer.Removal(MarkdownRenderer.Reason.SCRIPT, "script", null),
                new MarkdownRenderer.Removal(MarkdownRenderer.Reason.FRAME, "iframe", null),
                new MarkdownRenderer.Removal(MarkdownRenderer.Reason.FORM, "form", null),
                new MarkdownRenderer.Removal(MarkdownRenderer.Reason.FORM, "input", null)),
                removed.subList(0, 4));
        org.junit.jupiter.api.Assertions.assertTrue(removed.contains(
                new MarkdownRenderer.Removal(MarkdownRenderer.Reason.HANDLER, "onclick", "em")), removed.toString());
        org.junit.jupiter.api.Assertions.assertTrue(removed.contains(
                new MarkdownRenderer.Removal(MarkdownRenderer.Reason.ADDRESS, "href", "a")), removed.toString());
        // What is reported is what rendering leaves out: none of it is in the page.
        String html = renderer.render(lesson).toString();
        for (String gone : new String[] { "<script", "steal", "<iframe", "<form", "<input", "onclick", "javascript" }) {
            org.junit.jupiter.api.Assertions.assertFalse(html.contains(gone), gone + " in " + html);
        }
        assertEquals(java.util.List.of(), renderer.removals("# Plan\n\n<details><summary>More</summary>kept</details>"));
    }
}
