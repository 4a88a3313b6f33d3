package org.surgalt.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void marksTheWholeFirstWordThatStartsWithATermWhateverItsCase() {
        Snippet snippet = Snippet.of("Хүн бүр ЭРХИЙГ эдэлнэ; эрх чөлөө.", false, false, false, List.of("эрх"));
        assertEquals(new Snippet("Хүн бүр ", "ЭРХИЙГ", " эдэлнэ; эрх чөлөө."), snippet);
    }

    @Test
    void aWordInsideAnotherWordIsNotAMatch() {
        Snippet snippet = Snippet.of("тэрхүү эрхэм", false, false, false, List.of("эрх"));
        assertEquals("эрхэм", snippet.match());
    }

    @Test
    void markdownAndTagsBecomePlainText() {
        String markdown = """
                ## Heading

                > A *quoted* [link](https://example.org) and ![a picture](x.png) with `code`
                <script>alert(1)</script> <!-- hidden -->
                - item one | cell
                1. watershed_moment
                """;
        Snippet snippet = Snippet.of(markdown, false, false, true, List.of("watershed"));
        assertEquals("Heading A quoted link and a picture with code alert(1) item one cell ", snippet.before());
        assertEquals("watershed_moment", snippet.match());
        assertFalse(snippet.text().contains("<"));
    }

    @Test
    void aLongTextIsCutAroundTheMatchAtSpaces() {
        String text = "word ".repeat(100) + "target " + "more ".repeat(100);
        Snippet snippet = Snippet.of(text, false, false, false, List.of("target"));
        assertTrue(snippet.before().startsWith("…word"), snippet.before());
        assertTrue(snippet.before().length() <= Snippet.CONTEXT_BEFORE + 1);
        assertTrue(snippet.after().endsWith("more…"), snippet.after());
        assertTrue(snippet.text().length() <= Snippet.LENGTH + 2);
    }

    @Test
    void withoutAMatchTheTextStartsTheSnippetAndCutsAreShown() {
        Snippet snippet = Snippet.of("Only the title matched.", true, true, false, List.of("absent"));
        assertEquals(new Snippet("…", "", "Only the title matched.…"), snippet);
        assertTrue(Snippet.of("  ", false, false, true, List.of("x")).isEmpty());
    }
}
