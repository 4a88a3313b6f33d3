package org.surgalt.lti;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.course.Course;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.CourseBuilder;
import org.surgalt.testsupport.Journey;

/**
 * A learner launches an LTI item in a real browser against the real ltijs tool: in the page (the
 * tool framed in Surgalt's launch page, which passes axe) and in a new window. The tool is addressed
 * as localhost, same-site with the platform (the port differs): its cookies (ltijs' state and
 * session) then work inside the frame, as they would for a tool under the platform's own domain; a
 * cross-site tool framed in a page loses them in current browsers, which is why the window is offered.
 */
@QuarkusTest
class LtiLaunchBrowserTest extends WithLtijsTool {

    @RegisterExtension
    final Browser browser = new Browser();

    @Override
    protected String host() {
        return "localhost";
    }

    @Test
    void aLearnerLaunchesTheToolInThePageAndInANewWindow() {
        Course course = CourseBuilder.aCourse().withLti("Geometry", tool.url() + "/?activity=geometry").create();
        long itemId = LtiItems.ltiItemId(course);
        Journey journey = Journey.of(browser, "lti-launch");
        Page page = browser.signIn(aPerson().enrolledIn(course.code()).withLocale("en").create());
        journey.step("item", () -> page.navigate("/courses/" + course.code() + "/items/" + itemId));
        journey.step("launch-in-page", () -> {
            page.waitForNavigation(() -> page.click("main a[href$='/items/" + itemId + "/lti']"));
            assertThat(page.locator("h1")).hasText("Geometry");
            FrameLocator tool = page.frameLocator("iframe.lti-frame");
            assertThat(tool.locator("#launch")).containsText("TOOL ACCEPTED LAUNCH");
            assertThat(tool.locator("#launch")).containsText("\"targetLinkUri\":\"" + this.tool.url()
                    + "/?activity=geometry\"");
        });
        journey.step(page, "launch-in-window", () -> {
            page.navigate("/courses/" + course.code() + "/items/" + itemId);
            Page window = page.context().waitForPage(() -> page.click("main a[target=_blank][href$='/lti/launch']"));
            assertThat(window.locator("#launch")).containsText("TOOL ACCEPTED LAUNCH");
            assertTrue(window.url().startsWith(tool.url() + "/?activity=geometry"), window.url());
            window.close();
        });
    }
}
