package org.surgalt.scorm;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.PersonBuilder;

/**
 * SCORM 2004 sequencing played end to end in Chromium with two of Rustici's Golf Examples, the
 * player's controls and the SCOs' own forms, as a learner would.
 *
 * <p>What they exercise. Simple Remediation (3rd edition): flow navigation (continue, previous)
 * inside an invisible cluster, choice forbidden (controlMode choice="false", the outline's entries
 * disabled), precondition rules (skip a satisfied activity), postcondition rules (exitParent on the
 * last test, retry of the cluster while an objective is unsatisfied, exitAll once all are), an
 * item's own sequencingRules overriding its sequencingCollection entry's,
 * objectives shared through global mapInfo (each test writes the satisfaction its content reads),
 * rollup of satisfaction, completion and measure from the tests alone (objectiveMeasureWeight,
 * rollupObjectiveSatisfied / rollupProgressCompletion false on the content,
 * requiredForCompleted="ifNotSkipped"), and suspendAll / resumeAll across devices.
 *
 * <p>Post-Test Rollup (4th edition): choice navigation through the outline, a disabled
 * precondition that reads another activity's completion through adlseq:mapInfo, hiddenFromChoice
 * until the post-test has been attempted, the SCO's own jump request, and rollup that completes
 * and passes the course by the post-test alone.
 */
@QuarkusTest
class ScormSequencingBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void simpleRemediationFlowsRemediatesAFailedTopicResumesAndPasses() throws Exception {
        PackageCourses.PackageCourse golf = PackageCourses.publishedWith(
                "golf-examples/SequencingSimpleRemediation_SCORM20043rdEdition.zip", "completed_passed", null);
        PersonBuilder.TestPerson learner = aPerson().enrolledIn(golf.code()).create();
        String itemPage = "/courses/" + golf.code() + "/items/" + golf.itemId();

        Page page = browser.signIn(learner);
        page.onDialog(dialog -> dialog.accept());
        page.navigate(itemPage);
        FrameLocator player = page.frameLocator("iframe.package-player");
        FrameLocator sco = player.frameLocator("#sco");
        assertContent(sco, "Playing/Playing.html");
        // Only flow: the outline lists the activities but offers none of them.
        assertThat(player.locator("#toc button[data-id=test_1]")).isDisabled();
        assertThat(player.locator("#toc button[data-id=etuqiette_item]")).isDisabled();

        // Flow forwards and back while Playing is not yet done (a satisfied one would be skipped).
        player.locator("#next").click();
        assertContent(sco, "Etiquette/Course.html");
        player.locator("#previous").click();
        assertContent(sco, "Playing/Playing.html");
        readToTheEnd(sco, "Playing/RulesOfGolf.html");
        player.locator("#next").click();
        readToTheEnd(sco, "Etiquette/Play.html");
        player.locator("#next").click();
        assertContent(sco, "Handicapping/Overview.html");
        sco.locator("#butNext").click();
        assertContent(sco, "Handicapping/CalculatingHandicap.html");

        // Leave part-way: the whole package is suspended.
        Locator exit = player.locator("#exit");
        page.waitForNavigation(exit::click);
        assertThat(page.locator("table.attempts td[data-completion]")).hasAttribute("data-completion", "incomplete");

        Page phone = browser.anotherDevice();
        // The SCO asks whether to resume at its bookmark: yes.
        phone.onDialog(dialog -> dialog.accept());
        browser.signIn(learner);
        phone.navigate(itemPage);
        player = phone.frameLocator("iframe.package-player");
        sco = player.frameLocator("#sco");
        assertContent(sco, "Handicapping/CalculatingHandicap.html");
        readToTheEnd(sco, "Handicapping/CalculatingScore.html");
        player.locator("#next").click();
        readToTheEnd(sco, "HavingFun/MakeFriends.html");

        // The tests: fail the first, pass the others.
        player.locator("#next").click();
        assertContent(sco, "shared/assessmenttemplate.html?questions=Playing");
        answerTest(sco, false);
        for (String topic : new String[] {"Etiquette", "Handicapping", "HavingFun"}) {
            player.locator("#next").click();
            assertContent(sco, "shared/assessmenttemplate.html?questions=" + topic);
            answerTest(sco, true);
        }
        // After the last test the cluster is retried: the satisfied topics are skipped, the failed
        // one's content and test come back.
        player.locator("#next").click();
        assertContent(sco, "Playing/Playing.html");
        readToTheEnd(sco, "Playing/RulesOfGolf.html");
        player.locator("#next").click();
        assertContent(sco, "shared/assessmenttemplate.html?questions=Playing");
        answerTest(sco, true);
        // The other tests are skipped, satisfied; the last one is not: its own sequencingRules (the
        // exitParent) replace the collection's, skip rule and all (CAM: an item's own top-level
        // element wins), so it comes every round and its exitParent runs the cluster's retry check,
        // as the package means it to.
        player.locator("#next").click();
        assertContent(sco, "shared/assessmenttemplate.html?questions=HavingFun");
        answerTest(sco, true);
        // Every objective satisfied: the last test's exitParent and the cluster's exitAll end the session.
        player.locator("#next").click();
        assertThat(player.locator("#finished .done")).isVisible();

        // Each test's measure weighs the same: four times 100 %.
        assertCompletedAndPassedAt100(phone, itemPage, golf, learner);
    }

    @Test
    void postTestRollupChoosesThePostTestAndItAlonePassesTheCourse() throws Exception {
        PackageCourses.PackageCourse golf = PackageCourses.publishedWith(
                "golf-examples/SequencingPostTestRollup4thEd_SCORM20044thEdition.zip", "completed_passed", null);
        PersonBuilder.TestPerson learner = aPerson().enrolledIn(golf.code()).create();
        String itemPage = "/courses/" + golf.code() + "/items/" + golf.itemId();

        Page page = browser.signIn(learner);
        standInForGoogleCdn(page);
        page.onDialog(dialog -> dialog.accept());
        page.navigate(itemPage);
        FrameLocator player = page.frameLocator("iframe.package-player");
        FrameLocator sco = player.frameLocator("#sco");
        Locator toc = player.locator("#toc");
        assertContent(sco, "Playing/Playing.html");
        // Etiquette waits for Playing to be completed (a disabled rule on a mapped completion);
        // the quiz is hidden from choice until the last topic is completed or it was attempted.
        assertThat(toc.locator("button[data-id=etuqiette_item]")).isDisabled();
        assertThat(toc.locator("button[data-id=assessment_item]")).isDisabled();

        // Flow on once Playing is completed: its attempt ends, the completion reaches the global
        // objective that Etiquette's disabled rule reads, and Etiquette is delivered.
        readToTheEnd(sco, "Playing/RulesOfGolf.html");
        player.locator("#next").click();
        assertContent(sco, "Etiquette/Course.html");
        assertThat(toc.locator("button[data-id=playing_item]")).isEnabled();
        assertThat(toc.locator("button[data-id=handicapping_item]")).isDisabled();
        assertThat(toc.locator("button[data-id=assessment_item]")).isDisabled();
        // Back by choice.
        chooseInOutline(player, "playing_item");
        // This edition's SCOs always leave suspended: Playing resumes at its last page.
        assertContent(sco, "Playing/RulesOfGolf.html");

        // The SCO's own "Skip to the Test": a jump request, which the hiddenFromChoice rule does not stop.
        sco.locator("#butJump").click();
        assertContent(sco, "shared/assessmenttemplate.html?questions=Playing&questions=Etiquette"
                + "&questions=Handicapping&questions=HavingFun");
        // To a topic by choice, then to the quiz, attempted now, by choice.
        chooseInOutline(player, "etuqiette_item");
        assertContent(sco, "Etiquette/Course.html");
        assertThat(sco.locator("#butJump")).isEnabled();
        chooseInOutline(player, "assessment_item");
        assertContent(sco, "shared/assessmenttemplate.html?questions=Playing&questions=Etiquette"
                + "&questions=Handicapping&questions=HavingFun");
        answerTest(sco, true);

        // Past the last activity: the session ends, the course rolled up from the quiz alone
        // (Handicapping and Having Fun were never opened).
        player.locator("#next").click();
        assertThat(player.locator("#finished .done")).isVisible();
        assertCompletedAndPassedAt100(page, itemPage, golf, learner);
    }

    /** The item page shows the attempt completed and passed at 100 %, and progress counts the item. */
    private static void assertCompletedAndPassedAt100(Page page, String itemPage, PackageCourses.PackageCourse golf,
            PersonBuilder.TestPerson learner) {
        // The session's last commit leaves the page with keepalive while the player says it is done: on a
        // loaded machine it can arrive after this navigation, and the server-rendered page does not change
        // by itself. Load it again until the commit is in (or give up after 20 s and let the check fail).
        page.navigate(itemPage);
        Locator status = page.locator("table.attempts td[data-completion]");
        for (int tries = 0; tries < 40 && !"completed".equals(status.first().getAttribute("data-completion")); tries++) {
            page.waitForTimeout(500);
            page.navigate(itemPage);
        }
        assertThat(status).hasAttribute("data-completion", "completed");
        assertThat(status).hasAttribute("data-success", "passed");
        assertThat(page.locator("table.attempts td[data-success] + td")).hasText(Pattern.compile("^100(\\.0+)?%$"));
        assertItemComplete(golf, learner);
    }

    private static void chooseInOutline(FrameLocator player, String activity) {
        player.locator("details.contents summary").click();
        Locator entry = player.locator("#toc button[data-id=" + activity + "]");
        assertThat(entry).isEnabled();
        entry.click();
    }

    /**
     * The 4th edition launch page loads jQuery and jQuery UI from ajax.googleapis.com for its notes
     * window; this machine reaches no such host, so the browser gets a stand-in that does nothing
     * (without it the page's start script stops before it initializes the API).
     */
    private static void standInForGoogleCdn(Page page) {
        page.context().route("https://ajax.googleapis.com/**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/javascript")
                .setBody(route.request().url().contains("jquery-ui") ? "" : "window.$ = window.jQuery = function () {"
                        + " var o = { dialog: function () { return o; }, val: function () { return ''; } }; return o; };")));
    }

    /**
     * Reads a content SCO page by page with its own buttons until they stop (some list a page
     * twice), which completes and satisfies it.
     */
    private static void readToTheEnd(FrameLocator sco, String lastPage) {
        Locator next = sco.locator("#butNext");
        assertThat(sco.locator("#contentFrame")).hasAttribute("src", Pattern.compile("."));
        for (int i = 0; i < 10 && next.isEnabled(); i++) {
            next.click();
        }
        assertThat(next).isDisabled();
        assertContent(sco, lastPage);
    }

    private static void assertContent(FrameLocator sco, String page) {
        assertThat(sco.locator("#contentFrame")).hasAttribute("src", Pattern.compile(jsLiteral(page) + "$"));
    }

    /** Playwright runs the pattern in the browser, which knows no \\Q...\\E quoting. */
    private static String jsLiteral(String text) {
        return text.replaceAll("[.?*+^$()\\[\\]{}|\\\\/]", "\\\\$0");
    }

    /**
     * Answers the Golf knowledge check in the SCO: the template marks each right answer with the
     * class correctAnswer (numeric ones show the number in brackets). {@code pass}: all right,
     * else all wrong.
     */
    private static void answerTest(FrameLocator sco, boolean pass) {
        FrameLocator form = sco.frameLocator("#contentFrame");
        assertThat(form.locator("#frmTest")).isVisible();
        Locator questions = form.locator("#frmTest div.question");
        for (int q = 0; q < questions.count(); q++) {
            Locator question = questions.nth(q);
            Locator numeric = question.locator("input[type=text]");
            if (numeric.count() > 0) {
                Matcher right = Pattern.compile("\\((\\d+)\\)").matcher(question.locator(".correctAnswer").innerText());
                right.find();
                numeric.fill(pass ? right.group(1) : right.group(1) + "9");
            } else {
                question.locator((pass ? ".correctAnswer" : ".answer") + " input[type=radio]").first().check();
            }
        }
        form.locator("input[type=button][value='Submit Answers']").click();
        assertThat(form.locator("#test h3").first()).hasText(pass ? "Score: 100" : "Score: 0");
    }

    private static void assertItemComplete(PackageCourses.PackageCourse golf, PersonBuilder.TestPerson learner) {
        boolean complete = golf.author().given().when()
                .get("/api/progress/courses/{c}/learners/{u}", golf.course().id(), learner.id())
                .then().statusCode(200).extract().jsonPath()
                .getBoolean("modules[0].items.find { it.id == " + golf.itemId() + " }.complete");
        assertEquals(true, complete, "passing the package completes the item in the learner's progress");
    }
}
