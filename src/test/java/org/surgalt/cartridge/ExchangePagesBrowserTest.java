package org.surgalt.cartridge;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Journey;

/**
 * Issue 23's pages in a real browser, without JavaScript of their own: an author imports a Common
 * Cartridge (the form, the check, the report, the draft), and a site admin registers an LTI tool
 * (the form with its errors, then the list). Every page passes axe and stays within the page budget
 * ({@link Journey}).
 */
@QuarkusTest
class ExchangePagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAuthorImportsACartridgeAndReadsItsReport() {
        Journey journey = Journey.of(browser, "cartridge-import");
        Page page = browser.signIn(aPerson().withRole(Role.AUTHOR).withLocale("en").create());
        journey.step("import-form", () -> {
            page.navigate("/author");
            page.click("main a[href='/author/cartridges']");
            assertThat(page.locator("h1")).hasText("Import a Common Cartridge");
        });
        journey.step("checking", () -> {
            page.setInputFiles("#file", CartridgeImportTest.CARTRIDGES.resolve("latex.imscc"));
            page.waitForNavigation(() -> page.click("main form.stacked button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/author/cartridges/uploads/"));
        });
        journey.step("ready", () -> {
            Jobs.runAllDue();
            page.reload();
            assertThat(page.locator("main")).containsText("latex.imscc is checked and ready to import.");
        });
        journey.step("report", () -> {
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/author/cartridges/reports/\\d+$"));
            assertThat(page.locator("main table")).containsText("a lesson page in “Example Module”");
        });
        journey.step("draft", () -> {
            page.waitForNavigation(() -> page.click("main a[href^='/author/courses/']"));
            assertThat(page.locator("main")).containsText("LaTeX Equations");
        });
    }

    @Test
    void aSiteAdminRegistersAnLtiTool() {
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        Journey journey = Journey.of(browser, "lti-tools");
        Page page = browser.signIn(aPerson().withRole(Role.ADMIN).withLocale("en").create());
        journey.step("tools", () -> page.navigate("/admin/lti-tools"));
        journey.step("tool-form-errors", () -> {
            page.fill("#name", "Geometry tool " + tag);
            page.fill("#issuer", "https://tool-" + tag + ".example.org");
            page.fill("#clientId", "client-" + tag);
            page.fill("#deploymentId", "1");
            page.fill("#loginUrl", "https://tool-" + tag + ".example.org/login");
            page.fill("#redirectUris", "https://tool-" + tag + ".example.org/launch");
            // Neither a JWKS address nor a key: refused on the form, what was typed kept.
            page.click("main form.stacked button[type=submit]");
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.locator("main")).containsText("give either the tool's JWKS address or its public key");
            assertThat(page.locator("#name")).hasValue("Geometry tool " + tag);
            browser.forgetConsoleErrors(); // the form came back with 400 on purpose
        });
        journey.step("tool-registered", () -> {
            page.fill("#jwksUrl", "https://tool-" + tag + ".example.org/keys");
            page.waitForNavigation(() -> page.click("main form.stacked button[type=submit]"));
            assertThat(page.locator("main")).containsText("Geometry tool " + tag);
        });
    }
}
