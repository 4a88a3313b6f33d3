package org.surgalt.admin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.identity.AuditLog;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.AuditRows;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A site admin, in a real browser without help from scripts: filters the audit log down to one
 * person, opens that person's data page, mistypes the confirmation (the form says so and keeps it),
 * then erases them. Each page is screenshotted and checked by axe (target/journeys/admin-data/).
 */
@QuarkusTest
class AdminDataPagesBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAdminFindsAPersonsEventsAndErasesThemFromThePages() {
        TestPerson admin = aPerson().withRole(Role.ADMIN).withLocale("en").create();
        TestPerson person = aPerson().create();
        AuditLog audit = Arc.container().instance(AuditLog.class).get();
        QuarkusTransaction.requiringNew().run(() -> audit.record(AuditLog.by(admin.id(), "person.edit")
                .object("person", person.id()).person(person.id()).before(Map.of("name", "Бат"))
                .after(Map.of("name", "Бат-Эрдэнэ"))));
        Journey journey = Journey.of(browser, "admin-data");
        Page page = browser.page();
        page.navigate("/admin/audit");
        browser.signIn(admin);
        journey.step(page, "audit-log", () -> page.navigate("/admin/audit"));
        journey.step(page, "audit-log-filtered", () -> {
            page.fill("#person", person.email());
            page.waitForNavigation(() -> page.click("form[action='/admin/audit'] button[type=submit]"));
        });
        assertEquals(1, page.locator("tbody tr").count(), "the person's one event");
        assertTrue(page.locator("tbody tr").innerText().contains("Бат → Бат-Эрдэнэ"), "before → after");

        journey.step(page, "person-data", () -> page.navigate("/admin/people/" + person.id() + "/data"));
        journey.step(page, "erase-mistyped", () -> {
            page.fill("#confirm", "someone@else.mn");
            page.waitForNavigation(() -> page.click("form[action^='/admin/people/'] button[type=submit]"));
        });
        assertEquals("someone@else.mn", page.inputValue("#confirm"), "what was typed stays");
        assertTrue(page.locator(".errors").isVisible(), "the form says what is wrong");
        browser.forgetConsoleErrors(); // the 400 of the mistyped confirmation, provoked on purpose
        journey.step(page, "erased", () -> {
            page.fill("#confirm", person.email());
            page.waitForNavigation(() -> page.click("form[action^='/admin/people/'] button[type=submit]"));
        });
        assertEquals(0, page.locator("#confirm").count(), "no second erasure is offered");
        assertEquals(1, AuditRows.of("person.erase", "person", person.id()).size());
    }
}
