package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void returnsOnlyToPagesOfThisSite() {
        assertEquals("/courses/a?x=1", LocalPath.orHome("/courses/a?x=1"));
        for (String outside : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "courses/a"}) {
            assertEquals("/", LocalPath.orHome(outside), String.valueOf(outside));
        }
    }
}
