package org.surgalt.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A teacher publishes a lesson plan through the library's form in a real browser and finds it by a
 * Mongolian word; the list, the form (with its errors) and the resource's page each pass axe and
 * stay within the page budget ({@link Journey}).
 */
@QuarkusTest
class LibraryBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aTeacherPublishesALessonPlanAndFindsItInTheLibrary() {
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        TestPerson teacher = aPerson().withName("Багш Сараа " + tag).create();
        Journey journey = Journey.of(browser, "library");
        Page page = browser.signIn(teacher);

        journey.step("library", () -> {
            page.navigate("/library");
            assertThat(page.locator("h1")).hasText("Нээлттэй сан");
        });
        journey.step("publish-form-errors", () -> {
            page.navigate("/library/new");
            page.fill("#title", "Бутархай тоо " + tag);
            page.fill("#description", "Тав, зургадугаар ангийн хичээл.");
            page.selectOption("#subject", new SelectOption().setValue("mathematics"));
            page.fill("#body", "# Бутархай\n\n**Хэсэг** ба бүхэл.");
            page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Материал нийтлэх")).last().click();
            assertThat(page.locator(".errors")).containsText("дор хаяж нэг анги сонгоно уу");
            assertThat(page.locator("#title")).hasValue("Бутархай тоо " + tag);
            // The form came back with 400 on purpose: the browser logs that status as an error.
            browser.forgetConsoleErrors();
        });
        journey.step("resource", () -> {
            page.check("input[name=grades][value='5']");
            page.check("input[name=grades][value='6']");
            page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("Материал нийтлэх")).last().click();
            assertThat(page).hasURL(Pattern.compile("/library/\\d+$"));
            assertThat(page.locator("article.lesson strong")).hasText("Хэсэг");
            assertThat(page.locator("a[rel=license]")).hasAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
        });
        journey.step("search", () -> {
            page.navigate("/library");
            page.fill("#q", "бутархай");
            page.locator("form.search button[type=submit]").click();
            assertThat(page.locator("ol.results")).containsText("Бутархай тоо " + tag);
        });
    }
}
