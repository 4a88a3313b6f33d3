package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageResourceTest {

    @Test
    void returnsOnlyToPagesOfThisSite() {
        assertEquals("/courses/a?x=1", LanguageResource.safeReturn("/courses/a?x=1"));
        for (String outside : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example",
                "javascript:alert(1)", "courses/a"}) {
            assertEquals("/", LanguageResource.safeReturn(outside), String.valueOf(outside));
        }
    }
}
