package org.surgalt.testsupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core's WCAG 2.1 A and AA rules on a page as it is now: any violation fails (see {@link Journey} for weighed steps). */
public final class Axe {

    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertFalse(results.isErrored(), () -> "axe did not run: " + results.getErrorMessage());
        assertTrue(results.getViolations().isEmpty(), () -> page.url() + ": " + results.getViolations().stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getHtml())
                        .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n")));
    }
}
