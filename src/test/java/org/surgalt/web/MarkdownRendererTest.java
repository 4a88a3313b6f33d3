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
}
