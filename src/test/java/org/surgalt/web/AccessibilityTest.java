package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgalt.testsupport.Browser;

/**
 * axe-core's WCAG 2.1 A and AA rules on the pages everyone sees first, in both languages. Teachers
 * reach Surgalt with screen readers and on small screens as much as anyone.
 */
@QuarkusTest
class AccessibilityTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    final Browser browser = new Browser();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/language/mn?return=/", "/language/mn?return=/login"})
    void thePageBreaksNoWcagAaRule(String path) {
        aCourse().withTitle("Accessible course", "Хүртээмжтэй сургалт").create();
        browser.page().navigate(path);

        AxeResults results = new AxeBuilder(browser.page()).withTags(WCAG_AA).analyze();

        assertFalse(results.isErrored(), () -> "axe did not run: " + results.getErrorMessage());
        assertTrue(results.getPasses().size() > 0, "axe checked nothing");
        assertTrue(results.getViolations().isEmpty(), () -> describe(results.getViolations()));
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream().map(node -> node.getTarget() + " " + node.getHtml())
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n  ", "axe found:\n  ", ""));
    }
}
