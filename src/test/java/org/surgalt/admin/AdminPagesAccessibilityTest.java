package org.surgalt.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;

/**
 * The administration pages in a real browser, without JavaScript of their own: a site admin follows
 * the header's link, creates an institution, checks and applies a school list, and every page passes
 * axe-core's WCAG 2.1 AA rules (in Mongolian, the admin's language).
 */
@QuarkusTest
class AdminPagesAccessibilityTest {

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
    void aSiteAdminRunsInstitutionsFromTheHeaderOnAccessiblePages() {
        String code = "axe-" + System.nanoTime() % 1_000_000;
        Page page = browser.signIn(aPerson().withRole(Role.ADMIN).create());
        page.click("header >> a[href='/admin']");
        axe(page, "/admin");
        page.click("main >> a[href='/admin/institutions']");
        axe(page, "/admin/institutions");
        page.click("a[href='/admin/institutions/new']");
        axe(page, "/admin/institutions/new");
        page.fill("#code", code);
        page.fill("#name", "Хүртээмжийн сургууль");
        page.selectOption("#aimag", "Ховд");
        page.fill("#soum", "Буянт");
        page.waitForNavigation(() -> page.click("main form.stacked button[type=submit]"));
        assertTrue(page.url().contains("saved=1"), page.url());
        axe(page, "an institution");

        page.navigate("/admin/institutions/import");
        String csv = "code,name,kind,aimag,soum\n" + code + "-2,Хоёрдугаар сургууль,school,Улаанбаатар,Баянгол\n";
        FilePayload file = new FilePayload("schools.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        page.setInputFiles("#check-file", file);
        page.waitForNavigation(() -> page.click("form[action^='/admin/institutions/import?'] button[type=submit]"));
        axe(page, "the import's check");
        page.setInputFiles("#apply-file", file);
        page.waitForNavigation(() -> page.click("form[action^='/admin/institutions/import/apply'] button[type=submit]"));
        assertTrue(page.url().contains("created=1"), page.url());
        assertEquals(1L, AdminDb.count("SELECT COUNT(*) FROM institution WHERE code = ?", code + "-2"));
        // School nodes (issue 24): the registry, a node registered for the school made above (its one-time
        // code shown), and revoked after the confirmation box.
        page.navigate("/admin/nodes");
        axe(page, "/admin/nodes");
        page.fill("#name", "Lab computer " + code);
        page.fill("#institution", code);
        page.waitForNavigation(() -> page.click("form[action^='/admin/nodes?'] button[type=submit]"));
        assertTrue(page.isVisible("#enrolment-code"), page.url());
        axe(page, "a node registered, its enrolment code");
        page.check("form[action*='/revoke'] input[name=confirm]");
        page.waitForNavigation(() -> page.click("form[action*='/revoke'] button[type=submit]"));
        axe(page, "a node revoked");
        page.navigate("/setup/not-a-link");
        axe(page, "the set-up page");
        browser.forgetConsoleErrors(); // the set-up page answers 404 on purpose
        assertEquals(List.of(), problems);
    }
}
