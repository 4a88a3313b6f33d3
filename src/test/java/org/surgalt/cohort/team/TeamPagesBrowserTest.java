package org.surgalt.cohort.team;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Texts;

/** The teams pages in a real browser, without script: checked with axe and weighed at each step ({@link Journey}). */
@QuarkusTest
class TeamPagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCoordinatorMakesTeamsPerSchoolAndRenamesOneWithPlainForms() {
        Texts t = Texts.in("en");
        TeamFixture f = new TeamFixture();
        TestPerson first = f.member(f.khovd);
        f.member(f.ub);
        Journey journey = Journey.of(browser, "teams");
        Page page = browser.page();

        journey.step("teams", () -> {
            page.navigate("/language/en?return=/cohorts/" + f.cohort.code() + "/teams");
            browser.fillSignInForm(f.coordinator);
            assertThat(page.locator("h1")).hasText(t.of("team", "team_title", f.cohort.name()));
        });
        journey.step("teams-per-school", () -> {
            page.waitForNavigation(() -> page.click("form[action*='/teams/per-school'] button[type=submit]"));
            assertThat(page.locator("p[role=status]")).hasText(t.of("team", "team_per_school_done", 2, 2));
        });
        journey.step("team", () -> {
            page.waitForNavigation(() -> page.click("a:has-text('Буянт сумын сургууль " + f.unique + "')"));
            assertThat(page).hasURL(Pattern.compile("/teams/\\d+$"));
            assertThat(page.locator("table")).containsText(first.email());
        });
        journey.step("team-renamed", () -> {
            page.fill("#team-name", "Удирдлагын баг");
            page.waitForNavigation(() -> page.click("form[action*='/rename'] button[type=submit]"));
            assertThat(page.locator("h1")).hasText(t.of("team", "team_heading", "Удирдлагын баг"));
        });
        assertEquals(List.of(), browser.consoleErrors());
    }
}
