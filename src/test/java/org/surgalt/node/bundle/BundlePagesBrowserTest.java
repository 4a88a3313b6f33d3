package org.surgalt.node.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.PersonBuilder;
import org.surgalt.testsupport.Sessions;

/**
 * The content bundles pages in a real browser, without JavaScript: a site admin finds the page from the
 * administration home, uploads a bundle through the plain form, imports it and reads the report; every
 * page passes axe-core's WCAG 2.1 AA rules (in Mongolian, the admin's language).
 */
@QuarkusTest
class BundlePagesBrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    final Browser browser = new Browser();

    private final List<String> problems = new ArrayList<>();

    private void axe(Page page, String name) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        assertFalse(results.isErrored(), () -> "axe did not run: " + results.getErrorMessage());
        results.getViolations().forEach(rule -> problems.add(name + ": " + rule.getId() + " " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> node.getHtml()).toList()));
    }

    @Test
    void aSiteAdminImportsABundleThroughAccessiblePages() throws IOException {
        PersonBuilder.TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        String code = BundleTest.publishedCourseWithFile(BundleTest.unique("Browser"));
        byte[] bundle = BundleTest.zip(BundleTest.export(Sessions.as(admin), code));

        Page page = browser.signIn(admin);
        page.navigate("/admin");
        page.waitForNavigation(() -> page.click("main >> a[href='/admin/bundles']"));
        axe(page, "/admin/bundles");
        page.setInputFiles("#file", new FilePayload("school.surgalt-bundle", "application/octet-stream", bundle));
        page.waitForNavigation(() -> page.click("form[enctype='multipart/form-data'] button[type=submit]"));
        assertTrue(page.url().contains("/admin/bundles/uploads/"), page.url());
        axe(page, "the upload while it is checked");
        Jobs.runAllDue();
        page.reload();
        axe(page, "the checked upload");
        page.waitForNavigation(() -> page.click("main form button[type=submit]"));
        assertEquals("skipped", page.getAttribute("tr[data-course='" + code + "']", "data-outcome"));
        axe(page, "the report");
        assertEquals(List.of(), problems);
    }
}
