package org.surgalt.authoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;

import io.quarkus.test.junit.QuarkusTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Jobs;

/**
 * An author adds a file item in Chromium and uploads a PPTX through the page's resumable uploader:
 * the progress bar shows while the bytes go, the page then shows the upload waiting to be checked,
 * and the page's poller brings in the accepted file once inspection has run — no reload by hand.
 */
@QuarkusTest
class UploadInBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAuthorSeesTheUploadProgressAndItsStateWithoutReloading() {
        Course course = aCourse().create();
        var author = aPerson().withGrant(Grant.course(Role.AUTHOR, course.id())).create();
        Page page = browser.signIn(author);
        page.navigate("/author/courses/" + course.code());
        Locator addItem = page.locator("form.add-item").first();
        addItem.locator("select[name=kind]").selectOption("file");
        addItem.locator("input[name=titleMn]").fill("Слайд");
        page.waitForNavigation(() -> addItem.locator("button[type=submit]").click());
        assertThat(page).hasURL(Pattern.compile("/author/courses/" + course.code() + "/items/\\d+$"));
        String itemPage = page.url();

        // Hold the bytes back so the page can be seen while the upload is under way.
        List<Route> held = new ArrayList<>();
        page.route("**/api/uploads/*", route -> {
            if ("PATCH".equals(route.request().method())) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        page.setInputFiles("form.uploader input.upload-file", Path.of("src/test/resources/upload-torture/tika/testPPT.pptx"));
        page.click("form.uploader button[type=submit]");
        assertThat(page.locator("form.uploader progress.upload-progress")).isVisible();
        assertThat(page.locator("form.uploader .upload-status")).containsText("0%");
        page.waitForCondition(() -> !held.isEmpty());
        page.unroute("**/api/uploads/*");
        page.waitForNavigation(() -> held.forEach(Route::resume));

        // Back on the item: the upload is queued for inspection, and the page says so in Mongolian.
        assertThat(page).hasURL(itemPage);
        assertThat(page.locator(".upload-state")).containsText("шалгалт хүлээж байна");
        Jobs.runAllDue();
        // The page's poller notices and shows the accepted file.
        assertThat(page.locator("section.file a[href$='/file?version=draft']"))
                .containsText("testPPT.pptx", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
    }
}
