package org.surgalt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.authoring.AuthoringConfig;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Jobs;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Texts;

/**
 * A master teacher, in Mongolian, builds a course in Chromium: creates it, adds a module and a
 * slides item, uploads a PPTX (Apache Tika's test deck, Apache-2.0) through the resumable uploader
 * and watches the progress bar and the file becoming ready, then sends the draft to review; the
 * invited colleague approves (the test profile asks for one approval, as production does) and the
 * author publishes. Every page is screenshotted, checked with axe and weighed ({@link Journey}).
 */
@QuarkusTest
class MasterTeacherJourneyTest {

    private static final Path PPTX = Path.of("src/test/resources/upload-torture/tika/testPPT.pptx");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aMasterTeacherBuildsAModuleWithSlidesAndPublishesItAfterReview() {
        Texts t = Texts.in("mn");
        int approvals = Arc.container().instance(AuthoringConfig.class).get().approvalsRequired();
        TestPerson author = aPerson().withName("Батбаяр Очирбат").withRole(Role.AUTHOR).create();
        TestPerson colleague = aPerson().withName("Оюун Дулмаа").create();
        String code = "slides-" + System.nanoTime() % 1_000_000;
        Journey journey = Journey.of(browser, "master-teacher");
        Page page = browser.page();

        journey.step("sign-in-page", () -> {
            page.navigate("/language/mn?return=/author");
            assertThat(page.locator("h1")).hasText(t.msg("login_title"));
        });
        journey.step("authoring", () -> {
            browser.fillSignInForm(author);
            assertThat(page).hasURL(Pattern.compile("/author$"));
            assertThat(page.locator("h1")).hasText(t.msg("author_title"));
            assertThat(page.locator("#new-course")).hasText(t.msg("author_new_course"));
            // Mongolian words are longer: the signed-in header still fits on one line at 1280 px.
            org.junit.jupiter.api.Assertions.assertTrue(browser.headerOnOneLine(), "the header wraps at 1280 px");
        });
        journey.step("course-created", () -> {
            page.fill("#code", code);
            page.fill("#titleMn", "Компьютерын ухаан");
            page.fill("#titleEn", "Computer science");
            page.waitForNavigation(() -> page.click("form[action^='/author/courses?'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/author/courses/" + code + "$"));
            assertThat(page.locator("h1")).hasText("Компьютерын ухаан");
            assertThat(page.locator(".badge.draft")).isVisible();
        });
        journey.step("module-added", () -> {
            page.fill("#new-module-mn", "Танилцуулга");
            page.fill("#new-module-en", "Introduction");
            page.waitForNavigation(() -> page.click("form[action*='/modules?'] button[type=submit]"));
            assertThat(page.locator("ol.modules.editor > li")).hasCount(1);
            assertThat(page.locator("ol.modules.editor > li > form:not(.add-item) input[name=titleMn]")).hasValue("Танилцуулга");
        });
        journey.step("slides-item", () -> {
            Locator addItem = page.locator("form.add-item").first();
            addItem.locator("select[name=kind]").selectOption("file");
            addItem.locator("input[name=titleMn]").fill("Слайд");
            addItem.locator("input[name=titleEn]").fill("Slides");
            page.waitForNavigation(() -> addItem.locator("button[type=submit]").click());
            assertThat(page).hasURL(Pattern.compile("/author/courses/" + code + "/items/\\d+$"));
            assertThat(page.locator("h1")).hasText(t.named("msg", "item_edit_title", Map.of("title", "Слайд")));
        });
        String itemPage = page.url();

        // The bytes are held back so the progress bar can be seen while the upload is under way.
        List<Route> held = new ArrayList<>();
        page.route("**/api/uploads/*", route -> {
            if ("PATCH".equals(route.request().method())) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        journey.step("uploading", () -> {
            page.setInputFiles("form.uploader input.upload-file", PPTX);
            page.click("form.uploader button[type=submit]");
            assertThat(page.locator("form.uploader progress.upload-progress")).isVisible();
            assertThat(page.locator("form.uploader .upload-status"))
                    .hasText(t.named("msg", "upload_sending", Map.of("percent", 0)));
            page.waitForCondition(() -> !held.isEmpty());
        });
        journey.step("upload-queued", () -> {
            page.unroute("**/api/uploads/*");
            page.waitForNavigation(() -> held.forEach(Route::resume));
            assertThat(page).hasURL(itemPage);
            assertThat(page.locator(".upload-state")).containsText(t.msg("upload_state_queued"));
        });
        journey.step("upload-ready", () -> {
            Jobs.runAllDue();
            // The page's poller brings the accepted file in; nobody reloads by hand.
            assertThat(page.locator("section.file a[href$='/file?version=draft']"))
                    .containsText("testPPT.pptx", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            // Ready: the item now carries the file, and nothing is pending any more.
            assertThat(page.locator("section.file a[href$='/file?version=draft']")).containsText(t.msg("item_current_file"));
            assertThat(page.locator("section.file .upload-state")).hasCount(0);
        });

        journey.step("course-with-slides", () -> {
            page.waitForNavigation(() -> page.click("nav.breadcrumb a"));
            assertThat(page.locator("ol.items li")).containsText("Слайд");
            assertThat(page.locator("ol.items li .meta")).hasText("testPPT.pptx");
        });
        journey.step("reviewer-invited", () -> {
            page.fill("#reviewer", colleague.email());
            page.waitForNavigation(() -> page.click("form[action*='/review/reviewers'] button[type=submit]"));
            assertThat(page.locator(".notice")).hasText(t.msg("author_saved"));
        });
        journey.step("in-review", () -> {
            page.waitForNavigation(() -> page.click("form[action*='/review?'] button[type=submit]"));
            assertThat(page.locator(".badge.review")).hasText(t.msg("author_state_in_review"));
            assertThat(page.locator(".review-panel")).containsText(t.named("msg", "review_approvals",
                    Map.of("count", 0, "required", approvals)));
        });

        signOut(page);
        journey.step("reviewer-sees-draft", () -> {
            page.navigate("/author/courses/" + code);
            browser.fillSignInForm(colleague);
            assertThat(page).hasURL(Pattern.compile("/author/courses/" + code + "$"));
            assertThat(page.locator("header .who")).hasText("Оюун Дулмаа");
            assertThat(page.locator("form[action*='/review/approve'] button")).hasText(t.msg("review_approve"));
        });
        journey.step("approved", () -> {
            page.waitForNavigation(() -> page.click("form[action*='/review/approve'] button[type=submit]"));
            assertThat(page.locator(".review-panel")).containsText(t.named("msg", "review_approvals",
                    Map.of("count", 1, "required", approvals)));
        });

        signOut(page);
        journey.step("author-back", () -> {
            page.navigate("/author/courses/" + code);
            browser.fillSignInForm(author);
            assertThat(page.locator("form[action*='/review/publish'] button")).hasText(t.msg("review_publish"));
        });
        journey.step("published", () -> {
            page.waitForNavigation(() -> page.click("form[action*='/review/publish'] button[type=submit]"));
            assertThat(page.locator("p.meta")).containsText(t.named("msg", "author_published_version",
                    Map.of("number", 1)));
        });
        journey.step("published-course", () -> {
            page.waitForNavigation(() -> page.click("p.meta a[href='/courses/" + code + "']"));
            assertThat(page.locator("h1")).hasText("Компьютерын ухаан");
            assertThat(page.locator("ol.modules")).containsText("Танилцуулга");
            assertThat(page.locator("ol.items a")).hasText("Слайд");
        });
    }

    private static void signOut(Page page) {
        page.waitForNavigation(() -> page.click("header form[action^='/logout'] button[type=submit]"));
        assertThat(page.locator("header .account a")).hasAttribute("href", Pattern.compile("/login"));
    }
}
