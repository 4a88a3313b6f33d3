package org.surgalt.assignment.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * Peer assessment's pages in a real browser, without script: a learner assesses the work allocated
 * to them, an author sets the peer phase up, a grader overrides a peer's score. Each page passes
 * axe's WCAG 2.1 AA rules.
 */
@QuarkusTest
class PeerPagesBrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    final Browser browser = new Browser();

    @Inject
    PeerAllocationJob allocation;

    private static void accessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertFalse(results.isErrored(), results::getErrorMessage);
        assertTrue(results.getViolations().isEmpty(), () -> page.url() + ": " + results.getViolations().stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getHtml())
                        .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n")));
    }

    @Test
    void aLearnerAssessesTheWorkAllocatedToThemFromTheirPeerPage() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(allocation);
        long first = p.allocatedTo(p.learners.get(1)).get(0);
        Page page = browser.signIn(p.people.get(1));
        page.navigate("/courses/" + p.f.course.code() + "/peer/assignments/" + p.f.itemId);
        accessible(page);
        page.waitForNavigation(() -> page.click("a[href='/courses/" + p.f.course.code() + "/peer/assessments/"
                + first + "']"));
        assertTrue(page.textContent("main").contains("Lesson plan number"), page.content());
        accessible(page);
        page.fill("#points", "70");
        page.fill("#comment", "Clear objectives");
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertEquals("70", page.inputValue("#points"));
        assertEquals("Clear objectives", page.inputValue("#comment"));
        accessible(page);
    }

    @Test
    void anAuthorSetsThePeerPhaseUpAndARefusalIsShownAccessibly() {
        PeerFixture p = new PeerFixture(false);
        TestPerson author = aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, p.f.course.id()))
                .create();
        Page page = browser.signIn(author);
        page.navigate("/author/courses/" + p.f.course.code() + "/assignments/" + p.f.itemId + "/peer");
        accessible(page);
        page.fill("#peers", "3");
        page.waitForNavigation(() -> page.click("form.stacked button[type=submit]"));
        assertTrue(page.url().endsWith("/peer?saved=true"), page.url());
        assertEquals("3", page.inputValue("#peers"));
        accessible(page);
        // A deadline before the submissions close gets past the browser and is refused by the server.
        page.fill("#assessUntil", "2020-01-01T10:00");
        page.waitForNavigation(() -> page.click("form.stacked button[type=submit]"));
        assertTrue(page.locator("[role=alert]").isVisible());
        assertEquals("2020-01-01T10:00", page.inputValue("#assessUntil"), "what was typed is kept");
        accessible(page);
        browser.forgetConsoleErrors(); // the browser logs the 400 it was meant to get
    }

    @Test
    void aGraderReadsTheResultsAndOverridesAPeersScoreWithAReason() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(allocation);
        long given = p.allocatedTo(p.learners.get(2)).get(0);
        TestPerson grader = aPerson().withGrant(Grant.course(Role.GRADER, p.f.course.id())).create();
        Page page = browser.signIn(grader);
        page.navigate("/grading/" + p.f.course.code() + "?item=" + p.f.itemId);
        page.waitForNavigation(() -> page.click("a[href='/grading/" + p.f.course.code() + "/peer/" + p.f.itemId
                + "']"));
        assertTrue(page.textContent("main").contains(p.names.get(2)), "graders see who assesses");
        accessible(page);
        page.fill("#points-" + given, "40");
        page.fill("#reason-" + given, "Checked against the rubric");
        page.waitForNavigation(() -> page.click("#assessment-" + given + " button[type=submit]"));
        assertTrue(page.url().contains("overridden=true"), page.url());
        assertTrue(page.textContent("#assessment-" + given).contains("Checked against the rubric"));
        accessible(page);
    }
}
