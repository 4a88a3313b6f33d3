package org.surgalt.assignment.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * Peer assessment's pages in a real browser, without script: a learner assesses the work allocated
 * to them, an author sets the peer phase up, a grader overrides a peer's score. Each page is checked
 * as every journey's is ({@link Journey}: axe's WCAG 2 A/AA rules, and the page budget).
 */
@QuarkusTest
class PeerPagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Inject
    PeerAllocationJob allocation;

    @Test
    void aLearnerAssessesTheWorkAllocatedToThemFromTheirPeerPage() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(allocation);
        long first = p.allocatedTo(p.learners.get(1)).get(0);
        Page page = browser.signIn(p.people.get(1));
        Journey journey = Journey.of(browser, "peer-learner");
        journey.step("peer-page", () -> page.navigate("/courses/" + p.f.course.code() + "/peer/assignments/"
                + p.f.itemId));
        journey.step("work-to-assess", () -> {
            page.waitForNavigation(() -> page.click("a[href='/courses/" + p.f.course.code()
                    + "/peer/assessments/" + first + "']"));
            assertTrue(page.textContent("main").contains("Lesson plan number"), page.content());
        });
        journey.step("assessed", () -> {
            page.fill("#points", "70");
            page.fill("#comment", "Clear objectives");
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertEquals("70", page.inputValue("#points"));
            assertEquals("Clear objectives", page.inputValue("#comment"));
        });
    }

    @Test
    void anAuthorSetsThePeerPhaseUpAndARefusalIsShownAccessibly() {
        PeerFixture p = new PeerFixture(false);
        TestPerson author = aPerson().withRole(Role.AUTHOR).withGrant(Grant.course(Role.AUTHOR, p.f.course.id()))
                .create();
        Page page = browser.signIn(author);
        Journey journey = Journey.of(browser, "peer-author");
        journey.step("peer-settings", () -> page.navigate("/author/courses/" + p.f.course.code() + "/assignments/"
                + p.f.itemId + "/peer"));
        journey.step("saved", () -> {
            page.fill("#peers", "3");
            page.waitForNavigation(() -> page.click("form.stacked button[type=submit]"));
            assertTrue(page.url().endsWith("/peer?saved=true"), page.url());
            assertEquals("3", page.inputValue("#peers"));
        });
        // A deadline before the submissions close gets past the browser and is refused by the server.
        journey.step("refused", () -> {
            page.fill("#assessUntil", "2020-01-01T10:00");
            page.waitForNavigation(() -> page.click("form.stacked button[type=submit]"));
            assertTrue(page.locator("[role=alert]").isVisible());
            assertEquals("2020-01-01T10:00", page.inputValue("#assessUntil"), "what was typed is kept");
        });
        browser.forgetConsoleErrors(); // the browser logs the 400 it was meant to get
    }

    @Test
    void aGraderReadsTheResultsAndOverridesAPeersScoreWithAReason() {
        PeerFixture p = new PeerFixture(true);
        p.allocate(allocation);
        long given = p.allocatedTo(p.learners.get(2)).get(0);
        TestPerson grader = aPerson().withGrant(Grant.course(Role.GRADER, p.f.course.id())).create();
        Page page = browser.signIn(grader);
        Journey journey = Journey.of(browser, "peer-grader");
        journey.step("grading-queue", () -> page.navigate("/grading/" + p.f.course.code() + "?item=" + p.f.itemId));
        journey.step("peer-results", () -> {
            page.waitForNavigation(() -> page.click("a[href='/grading/" + p.f.course.code() + "/peer/"
                    + p.f.itemId + "']"));
            assertTrue(page.textContent("main").contains(p.names.get(2)), "graders see who assesses");
        });
        journey.step("overridden", () -> {
            page.fill("#points-" + given, "40");
            page.fill("#reason-" + given, "Checked against the rubric");
            page.waitForNavigation(() -> page.click("#assessment-" + given + " button[type=submit]"));
            assertTrue(page.url().contains("done=overridden"), page.url());
            assertTrue(page.textContent("#assessment-" + given).contains("Checked against the rubric"));
        });
    }
}
