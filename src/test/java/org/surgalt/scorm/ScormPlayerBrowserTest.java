package org.surgalt.scorm;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PackageCourses;
import org.surgalt.testsupport.PersonBuilder;

/**
 * The Golf Examples played in Chromium as a teacher would: the item page frames the player from the
 * content origin, the package finds the SCORM API there, progress is saved when the learner leaves,
 * a new browser resumes where they were, and finishing the package completes the item.
 */
@QuarkusTest
class ScormPlayerBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void scorm12PlaysResumesOnAnotherDeviceAndCompletes() throws Exception {
        playRuntimeBasicCalls("golf-examples/RuntimeBasicCalls_SCORM12.zip", false);
    }

    @Test
    void scorm2004PlaysResumesOnAnotherDeviceAndCompletes() throws Exception {
        playRuntimeBasicCalls("golf-examples/RuntimeBasicCalls_SCORM20043rdEdition.zip", true);
    }

    /** {@code closeTab}: the learner closes the tab instead of pressing the player's exit. */
    private void playRuntimeBasicCalls(String zip, boolean closeTab) throws Exception {
        PackageCourses.PackageCourse golf = PackageCourses.publishedWith(zip, "completed", null);
        PersonBuilder.TestPerson learner = aPerson().enrolledIn(golf.code()).create();
        long cohort = cohortOf(golf.course().id(), learner.id());
        String itemPage = "/courses/" + golf.code() + "/items/" + golf.itemId();

        Page page = browser.signIn(learner);
        // The Golf package asks whether to resume where the learner left off: yes, always.
        page.onDialog(dialog -> dialog.accept());
        page.navigate(itemPage);
        FrameLocator player = page.frameLocator("iframe.package-player");
        FrameLocator sco = player.frameLocator("#sco");
        assertThat(sco.locator("#butNext")).isVisible();
        for (int i = 0; i < 3; i++) {
            sco.locator("#butNext").click();
        }
        assertThat(sco.locator("#contentFrame")).hasAttribute("src", Pattern.compile("OtherScoring\\.html$"));
        // Some time spent reading, which the attempt counts.
        page.waitForTimeout(2_500);
        if (closeTab) {
            // The last commit goes out as the page is hidden and unloaded (fetch keepalive).
            page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            // A person takes longer to pick up another device than the last requests take to arrive.
            awaitSuspended(learner.id());
            page = browser.anotherDevice();
            page.onDialog(dialog -> dialog.accept());
            browser.signIn(learner);
            page.navigate(itemPage);
        } else {
            // The player's exit: the SCO is suspended, its data committed, and the page goes back to the item.
            page.waitForNavigation(() -> player.locator("#exit").click());
        }
        assertThat(page.locator("table.attempts td[data-completion]")).hasAttribute("data-completion", "incomplete");
        assertThat(page.locator("table.attempts td[data-seconds]")).not().hasAttribute("data-seconds", "0");

        Page phone = browser.anotherDevice();
        phone.onDialog(dialog -> dialog.accept());
        browser.signIn(learner);
        phone.navigate(itemPage);
        FrameLocator resumed = phone.frameLocator("iframe.package-player").frameLocator("#sco");
        assertThat(resumed.locator("#contentFrame")).hasAttribute("src", Pattern.compile("OtherScoring\\.html$"));
        // On to the last page (the 2004 edition has a few more), which completes the SCO.
        for (int i = 0; i < 30 && !resumed.locator("#contentFrame").getAttribute("src").contains("assessment"); i++) {
            resumed.locator("#butNext").click();
        }
        assertThat(resumed.locator("#contentFrame")).hasAttribute("src", Pattern.compile("assessmenttemplate"));
        phone.waitForNavigation(() -> phone.frameLocator("iframe.package-player").locator("#exit").click());
        assertThat(phone.locator("table.attempts td[data-completion]")).hasAttribute("data-completion", "completed");

        boolean complete = golf.author().given().when()
                .get("/api/progress/courses/{c}/learners/{u}", golf.course().id(), learner.id())
                .then().statusCode(200).extract().jsonPath()
                .getBoolean("modules[0].items.find { it.id == " + golf.itemId() + " }.complete");
        assertEquals(true, complete, "finishing the package completes the item in the learner's progress");
        // The cohort's dashboard counts it too: one of the course's two items (the page is not opened).
        org.surgalt.testsupport.Sessions.as(aPerson().withRole(org.surgalt.identity.Role.ADMIN).create()).given()
                .when().get("/api/reports/cohorts/{id}", cohort).then().statusCode(200)
                .body("total.learners", org.hamcrest.Matchers.is(1))
                .body("total.started", org.hamcrest.Matchers.is(1))
                .body("total.averageProgress", org.hamcrest.Matchers.is(50));
    }

    /** A cohort of one learner and the course, as a coordinator's import makes it (its rows written directly). */
    private static long cohortOf(long courseId, long learnerId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            jakarta.persistence.EntityManager em = io.quarkus.arc.Arc.container()
                    .instance(jakarta.persistence.EntityManager.class).get();
            em.createNativeQuery("INSERT INTO cohort (code, name) VALUES (?1, 'Golf cohort')")
                    .setParameter(1, "golf-" + courseId).executeUpdate();
            long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO cohort_course (cohort_id, course_id) VALUES (?1, ?2)")
                    .setParameter(1, id).setParameter(2, courseId).executeUpdate();
            em.createNativeQuery("INSERT INTO cohort_member (cohort_id, user_id, source) VALUES (?1, ?2, 'CSV')")
                    .setParameter(1, id).setParameter(2, learnerId).executeUpdate();
            return id;
        });
    }

    /** Waits (at most 10 s) until the learner's attempt was saved suspended, as the last commits say. */
    private static void awaitSuspended(long learnerId) throws Exception {
        javax.sql.DataSource data = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
        for (int i = 0; i < 100; i++) {
            try (var c = data.getConnection(); var s = c.prepareStatement("SELECT COUNT(*) FROM scorm_attempt a"
                    + " JOIN scorm_sco_state s ON s.attempt_id = a.id WHERE a.user_id = ?"
                    + " AND JSON_VALUE(s.cmi, '$.exit') = 'suspend'"
                    + " AND (a.sequencing_state IS NULL OR a.sequencing_state LIKE '%\"suspendedActivity\":\"%')")) {
                s.setLong(1, learnerId);
                try (var r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the attempt was not saved suspended after the tab closed");
    }
}
