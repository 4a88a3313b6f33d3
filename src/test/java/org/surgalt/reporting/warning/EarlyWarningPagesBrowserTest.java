package org.surgalt.reporting.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.testsupport.Axe;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * The early-warning pages in a real browser, without script: a coordinator sets the rules and
 * reads who is slipping; a learner
 * turns the reminders off from the mail's link, signed out. Each page passes axe's WCAG 2.1 AA rules.
 */
@QuarkusTest
class EarlyWarningPagesBrowserTest {


    @RegisterExtension
    final Browser browser = new Browser();


    @Test
    void aCoordinatorSetsTheRulesAndReadsWhoIsSlipping() {
        WarningFixture f = new WarningFixture();
        TestPerson quiet = f.member(aPerson().withName("Чимэгийн Сараа").create(), 30);
        f.progress(quiet, 1, 20.0);
        TestPerson coordinator = aPerson().withLocale("mn")
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, f.cohort.id())).create();
        Page page = browser.signIn(coordinator);

        page.navigate("/cohorts/" + f.cohort.code());
        page.click("a[href='/cohorts/" + f.cohort.code() + "/warnings']");
        Axe.assertAccessible(page);
        // The browser itself refuses a day count out of range (min, max, required); the server's refusal of
        // what gets past it is WarningSettingsTest's.
        page.fill("#inactiveDays", "0");
        page.click("form.stacked button[type=submit]");
        assertTrue(page.url().endsWith("/warnings"), page.url());
        page.uncheck("#offPace");
        page.fill("#inactiveDays", "10");
        page.waitForNavigation(() -> page.click("form.stacked button[type=submit]"));
        assertTrue(page.url().endsWith("/warnings?saved=1"), page.url());
        assertFalse(page.isChecked("#offPace"));
        assertEquals("10", page.inputValue("#inactiveDays"));
        Axe.assertAccessible(page);

        page.click("a[href='/reports/cohorts/" + f.cohort.code() + "/slipping']");
        assertTrue(page.textContent("#inactive").contains("Чимэгийн Сараа"), page.content());
        assertTrue(page.textContent("#inactive").contains("10 ба түүнээс олон хоног идэвхгүй"));
        Axe.assertAccessible(page);
    }

    @Test
    void aLearnerTurnsRemindersOffFromTheMailsLink() {
        TestPerson learner = aPerson().withLocale("en").withName("Signed Out Learner").create();
        String token = Arc.container().instance(UnsubscribeLinks.class).get().token(learner.id());
        Page page = browser.page();
        page.navigate("/notifications/unsubscribe/" + token);
        assertTrue(page.textContent("main").contains("Signed Out Learner"));
        Axe.assertAccessible(page);
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertTrue(page.url().endsWith("?done=1"), page.url());
        Axe.assertAccessible(page);
    }
}
