package org.surgalt.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * The pages as a person sees them in Chromium, with the strict CSP enforced: every test also fails
 * on any console error (see {@link Browser}). Kept to the layout, sign-in and the catalogue, which
 * every page shares, rather than the course pages' markup.
 */
@QuarkusTest
class BrowserSmokeTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAnonymousVisitorSeesTheCatalogueStyled() {
        String title = "Browser course " + System.nanoTime();
        aCourse().withTitle(title, "Хөтчийн сургалт " + System.nanoTime()).create();
        Page page = browser.page();

        page.navigate("/");

        assertThat(page.locator("h1")).hasText("Courses");
        assertThat(page.locator(".card h2 a", new Page.LocatorOptions().setHasText(title))).isVisible();
        assertThat(page.locator("header.site")).containsText("Sign in");
        // The stylesheet got past the CSP: the brand is bold, as surgalt.css makes it.
        assertEquals("700", page.locator(".brand").evaluate("e => getComputedStyle(e).fontWeight"));
    }

    @Test
    void aPersonSignsInThroughTheFormLandsWhereTheyWereGoingAndSignsOut() {
        TestPerson person = aPerson().create();
        Page page = browser.page();

        page.navigate("/account/password");
        assertThat(page).hasURL(Pattern.compile("/login\\?return=%2Faccount%2Fpassword$"));
        browser.signIn(person);

        // Back where they were going, in their own language (the builder's people speak Mongolian).
        assertThat(page).hasURL(Pattern.compile("/account/password$"));
        assertThat(page.locator("h1")).hasText("Нууц үгээ солих");
        assertThat(page.locator("header .who")).hasText("Тест Хэрэглэгч");

        // Signing out is a form post with a CSRF token; it must get through in a real browser.
        page.waitForNavigation(() -> page.click("header form[action^='/logout'] button[type=submit]"));
        // Signed out, the browser's language (English) counts again.
        assertThat(page).hasURL(Pattern.compile("/$"));
        assertThat(page.locator("header .account a")).hasText("Sign in");
        page.navigate("/account/password");
        assertThat(page).hasURL(Pattern.compile("/login\\?return="));
    }

    @Test
    void theLanguageSwitchTurnsThePagesMongolianAndBack() {
        Page page = browser.page();
        page.navigate("/login");
        assertThat(page.locator("h1")).hasText("Sign in");

        page.waitForNavigation(() -> page.click("nav.languages a[lang=mn]"));

        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator("html")).hasAttribute("lang", "mn");
        assertThat(page.locator("h1")).hasText("Нэвтрэх");
        assertThat(page.locator(".tagline")).hasText("Багш нарын хосолсон сургалт");
        // The choice is kept for the next pages.
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Сургалтууд");

        page.waitForNavigation(() -> page.click("nav.languages a[lang=en]"));
        assertThat(page.locator("h1")).hasText("Courses");
    }

    /** Also shows that the console check of every other test would see a CSP violation. */
    @Test
    void theContentSecurityPolicyBlocksAnInjectedInlineScript() {
        Page page = browser.page();
        page.navigate("/");

        page.evaluate("() => { const s = document.createElement('script');"
                + " s.textContent = 'window.injected = true'; document.body.appendChild(s); }");

        assertNull(page.evaluate("() => window.injected"), "the inline script must not have run");
        assertTrue(browser.consoleErrors().stream().anyMatch(error -> error.contains("Content Security Policy")),
                () -> "Chromium reports the violation on the console: " + browser.consoleErrors());
        browser.forgetConsoleErrors();
    }
}
