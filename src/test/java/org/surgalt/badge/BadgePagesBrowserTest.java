package org.surgalt.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.course.Course;
import org.surgalt.progress.CourseCompleted;
import org.surgalt.progress.certificate.CertificateService;
import org.surgalt.testsupport.Axe;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** In a real browser, without JavaScript of ours: the learner saves the badge image, anyone checks what it carries. */
@QuarkusTest
class BadgePagesBrowserTest {


    @RegisterExtension
    final Browser browser = new Browser();

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    CertificateService certificates;

    @Test
    void theLearnerSavesTheBadgeImageAndAnyoneChecksItOnTheVerifyPage() throws Exception {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = QuarkusTransaction.requiringNew().call(() -> {
            completions.fire(new CourseCompleted(learner.id(), course.id(), 1, Instant.now()));
            return certificates.codeFor(learner.id(), course.id()).orElseThrow();
        });

        Page page = browser.signIn(learner);
        page.navigate("/certificates/" + code);
        Axe.assertAccessible(page);
        Download download = page.waitForDownload(() -> page.click("a[href='/certificates/" + code + "/badge.svg']"));
        assertEquals("badge-" + code + ".svg", download.suggestedFilename());
        Path saved = Path.of("target/certificates/badge.svg");
        download.saveAs(saved);

        Page anyone = browser.page();
        anyone.context().clearCookies();
        anyone.navigate("/verify/" + code);
        anyone.waitForNavigation(() -> anyone.click("a[href='/verify']"));
        Axe.assertAccessible(anyone);
        anyone.fill("#credential", Files.readString(saved));
        anyone.waitForNavigation(() -> anyone.click("form[action^='/verify'] button[type=submit]"));
        String main = anyone.textContent("main");
        assertTrue(main.contains("Valid: the signature holds"), main);
        assertTrue(main.contains("Унших чадварыг заах"), main);
        Axe.assertAccessible(anyone);

        anyone.fill("#credential", "not a credential");
        anyone.waitForNavigation(() -> anyone.click("form[action^='/verify'] button[type=submit]"));
        browser.forgetConsoleErrors(); // the 400 it was meant to get
        assertEquals("not a credential", anyone.inputValue("#credential"), "nothing typed is lost");
        assertFalse(anyone.textContent("main").contains("Valid:"));
        Axe.assertAccessible(anyone);
    }

}
