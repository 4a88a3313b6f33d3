package org.surgalt.admin.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A site admin in Chromium, without JavaScript being needed: finds a teacher, makes her an author of
 * her school with the person page's form (the roles in words follow), adds an identity provider and
 * tries to sign in through it (it does not answer: the page says so). Every page is screenshotted,
 * checked with axe and weighed ({@link Journey}).
 */
@QuarkusTest
class PeopleJourneyBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAdminFindsATeacherGrantsARoleAndAddsAProvider() {
        TestPerson admin = aPerson().withLocale("en").withRole(Role.ADMIN).create();
        String name = "Journey Teacher " + System.nanoTime() % 1_000_000;
        aPerson().withName(name).create();
        Page page = browser.signIn(admin);
        Journey journey = Journey.of(browser, "admin-people");

        journey.step("people", () -> {
            page.navigate("/admin/people");
            page.fill("#q", name);
            page.waitForNavigation(() -> page.click("form[action='/admin/people'] button[type=submit]"));
            assertThat(page.locator("table")).containsText(name);
        });
        journey.step("person", () -> {
            page.waitForNavigation(() -> page.click("text=" + name));
            assertThat(page.locator("h1")).hasText(name);
        });
        journey.step("granted", () -> {
            page.selectOption("#kind", "author_institution");
            page.fill("#scope", "test-school");
            page.waitForNavigation(() -> page.click("form[action*='/roles?'] button[type=submit]"));
            assertThat(page.locator(".notice")).containsText("The role is granted.");
            assertThat(page.locator(".permissions")).containsText("may create courses");
        });
        journey.step("providers", () -> {
            page.navigate("/admin/identity-providers");
            assertThat(page.locator("h1")).hasText("Identity providers");
        });
        String code = "journey-" + System.nanoTime() % 1_000_000;
        journey.step("provider-added", () -> {
            page.fill("#displayName", "Journey school");
            page.fill("#code", code);
            page.fill("#institution", "test-school");
            page.fill("#issuer", "http://127.0.0.1:9/realms/" + code);
            page.fill("#clientId", "surgalt");
            page.fill("#clientSecret", "journey-secret");
            page.waitForNavigation(() -> page.click("form[action^='/admin/identity-providers?'] button[type=submit]"));
            assertThat(page.locator(".notice")).containsText("The provider is added.");
        });
        journey.step("provider-tried", () -> {
            page.waitForNavigation(() -> page.click("form[action*='/test?'] button[type=submit]"));
            assertThat(page.locator("#trial-title")).containsText("does not answer");
        });
    }
}
