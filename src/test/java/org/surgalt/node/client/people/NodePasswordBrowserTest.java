package org.surgalt.node.client.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** The IT teacher sets a person's node password in a real browser; each page passes the accessibility check. */
@QuarkusTest
@TestProfile(NodePeopleMode.class)
class NodePasswordBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theItTeacherSetsANodePasswordWithAFieldErrorFirst() {
        TestPerson itTeacher = aPerson().withRole(Role.ADMIN).create();
        TestPerson teacher = aPerson().create();
        Journey journey = Journey.of(browser, "node-password");
        Page page = browser.page();
        journey.step("form", () -> {
            page.navigate("/language/en?return=/node/people/password");
            browser.fillSignInForm(itTeacher);
            assertThat(page.locator("h1")).hasText("A person's password on this node");
        });
        journey.step("too-short", () -> {
            page.fill("#email", teacher.email());
            page.fill("#password", "short");
            // The browser's own minlength check would stop a real person; the server's is what is tested here.
            page.evaluate("document.getElementById('password').removeAttribute('minlength')");
            page.waitForNavigation(() -> page.click("form[action^='/node/people/password'] button[type=submit]"));
            assertThat(page.locator("[role=alert]")).containsText("at least 10");
            assertThat(page.locator("#email")).hasValue(teacher.email());
            browser.forgetConsoleErrors();
        });
        journey.step("saved", () -> {
            page.fill("#password", "lab computer 2026");
            page.waitForNavigation(() -> page.click("form[action^='/node/people/password'] button[type=submit]"));
            assertThat(page.locator("[role=status]")).containsText(teacher.email() + " can now sign in on this node");
        });
        assertEquals(1L, Rows.count("SELECT COUNT(*) FROM audit_event WHERE action = 'node_person.password' "
                + "AND target_user_id = ?1", teacher.id()));
    }
}
