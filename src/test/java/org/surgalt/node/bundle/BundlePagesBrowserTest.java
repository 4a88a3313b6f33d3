package org.surgalt.node.bundle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * The content bundles pages in a real browser, without JavaScript: a site admin finds the page from the
 * administration home, uploads a bundle through the plain form, imports it and reads the report, in
 * Mongolian. Every page passes axe and stays within the page budget ({@link Journey}).
 */
@QuarkusTest
class BundlePagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aSiteAdminImportsABundleAndReadsTheReport() throws IOException {
        PersonBuilder.TestPerson admin = aPerson().withRole(Role.ADMIN).withLocale("mn").create();
        String code = BundleTest.publishedCourseWithFile(BundleTest.unique("Browser"));
        byte[] bundle = BundleTest.zip(BundleTest.export(Sessions.as(admin), code));
        Journey journey = Journey.of(browser, "content-bundles");
        Page page = browser.signIn(admin);
        journey.step("bundles", () -> {
            page.navigate("/admin");
            page.waitForNavigation(() -> page.click("main a[href='/admin/bundles']"));
            assertThat(page.locator("h1")).hasText("Агуулгын багц");
        });
        journey.step("checking", () -> {
            page.setInputFiles("#file", new FilePayload("school.surgalt-bundle", "application/octet-stream", bundle));
            page.waitForNavigation(() -> page.click("form[enctype='multipart/form-data'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/admin/bundles/uploads/"));
        });
        journey.step("ready", () -> {
            Jobs.runAllDue();
            page.reload();
            assertThat(page.locator("main")).containsText("school.surgalt-bundle-г шалгасан, импортлоход бэлэн.");
        });
        journey.step("report", () -> {
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator("tr[data-course='" + code + "']")).hasAttribute("data-outcome", "skipped");
            assertThat(page.locator("main table")).containsText("Алгассан");
        });
    }
}
