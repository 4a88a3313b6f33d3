package org.surgalt.cohort.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.progress.CompletionFact;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** The attendance sheet and the check-in code on a facilitator's phone: 360 px wide, no sideways scrolling. */
@QuarkusTest
class AttendancePageBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aFacilitatorMarksAttendanceOnA360PxPhone() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson first = fixture.learner();
        TestPerson second = fixture.learner();
        fixture.learner(); // enrolled, not signed up: a possible walk-in
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(first), id);
        SessionFixture.sessions().signUp(SessionFixture.learnerViewer(second), id);
        Page page = browser.page();
        page.setViewportSize(360, 740);
        page.navigate("/sessions/" + id + "/attendance");
        browser.signIn(fixture.author);

        assertThat(page.locator("form.attendance > fieldset.mark")).hasCount(2);
        assertAccessible(page);
        assertThat(page.locator("form.attendance details fieldset.mark")).hasCount(1);
        assertNoSidewaysScroll(page);
        Locator present = page.locator("fieldset.mark").first().locator("label").first();
        assertTrue(present.boundingBox().height >= 44, "a radio's label is a big enough touch target");

        page.locator("input[name='m" + first.id() + "'][value='present']").locator("xpath=..").click();
        page.locator("input[name='m" + second.id() + "'][value='absent']").locator("xpath=..").click();
        page.locator("form.attendance summary").click();
        assertNoSidewaysScroll(page);
        page.waitForNavigation(() -> page.click("form.attendance > button[type=submit]"));

        assertThat(page.locator(".notice")).isVisible();
        assertThat(page.locator("input[name='m" + first.id() + "'][value='present']")).isChecked();
        assertEquals("PRESENT/MANUAL", SessionFixture.attendance(id, first.id()));
        assertEquals("ABSENT/MANUAL", SessionFixture.attendance(id, second.id()));
        assertEquals(1, fixture.facts(first, CompletionFact.Kind.ATTENDED));
        assertNoSidewaysScroll(page);

        page.navigate("/sessions/" + id + "/checkin-code");
        assertThat(page.locator("svg.qr")).isVisible();
        assertNoSidewaysScroll(page);
        // The code screen refreshes itself on purpose: following the code is the page's whole point
        // (WCAG 2.2.1's real-time exception), so axe's meta-refresh rule is left out here only.
        assertAccessible(page, "meta-refresh");
    }

    @Test
    void aLearnerChecksInFromTheQrLinkOnAPhone() {
        SessionFixture fixture = new SessionFixture();
        long id = fixture.now(10).id();
        TestPerson learner = fixture.signedUpLearner(id);
        Page page = browser.page();
        page.setViewportSize(360, 740);
        String code = SessionFixture.code(id, SessionFixture.window());
        page.navigate("/checkin/" + id + "?code=" + code);
        browser.signIn(learner);

        assertThat(page.locator("#code")).hasValue(code);
        assertNoSidewaysScroll(page);
        assertAccessible(page);
        page.waitForNavigation(() -> page.click("form.checkin button[type=submit]"));

        assertThat(page.locator(".notice")).isVisible();
        assertEquals("PRESENT/CHECK_IN", SessionFixture.attendance(id, learner.id()));
        assertNoSidewaysScroll(page);
        assertAccessible(page);
    }

    private static void assertAccessible(Page page, String... rulesLeftOut) {
        AxeBuilder axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        if (rulesLeftOut.length > 0) {
            axe.disableRules(List.of(rulesLeftOut));
        }
        AxeResults results = axe.analyze();
        assertTrue(results.getViolations().isEmpty(), () -> results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getNodes().stream().map(node -> node.getHtml())
                        .collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n")));
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) width).intValue() <= 360, "the page is " + width + " px wide at a 360 px viewport");
    }
}
