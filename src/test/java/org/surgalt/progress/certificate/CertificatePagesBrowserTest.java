package org.surgalt.progress.certificate;

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
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.course.Course;
import org.surgalt.identity.Role;
import org.surgalt.progress.CourseCompleted;
import org.surgalt.testsupport.Axe;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** The certificate pages in a real browser: the learner downloads, a coordinator revokes, anyone verifies. */
@QuarkusTest
class CertificatePagesBrowserTest {


    @RegisterExtension
    final Browser browser = new Browser();

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    CertificateService certificates;

    @Test
    void aLearnerDownloadsACoordinatorRevokesAndTheVerificationPageSaysSo() {
        Course course = aCourse().withTitle("Teaching reading", "Унших чадварыг заах").create();
        TestPerson learner = aPerson().enrolledIn(course.code()).create();
        String code = QuarkusTransaction.requiringNew().call(() -> {
            completions.fire(new CourseCompleted(learner.id(), course.id(), 1, Instant.now()));
            return certificates.codeFor(learner.id(), course.id()).orElseThrow();
        });

        Page page = browser.signIn(learner);
        page.navigate("/courses/" + course.code());
        Download download = page.waitForDownload(() -> page.click("a[href='/certificates/" + code + ".pdf']"));
        assertEquals("certificate-" + code + ".pdf", download.suggestedFilename());
        download.saveAs(Path.of("target/certificates/downloaded.pdf"));
        page.navigate("/certificates");
        assertTrue(page.textContent("main").contains("Унших чадварыг заах"));
        Axe.assertAccessible(page);

        Page coordinator = browser.signIn(aPerson().withRole(Role.COORDINATOR).create());
        coordinator.navigate("/certificates/" + code);
        Axe.assertAccessible(coordinator);
        coordinator.fill("#reason", "Дүнгийн хуудас хуурамч байсан");
        coordinator.waitForNavigation(() -> coordinator.click("form[action^='/certificates/'] button[type=submit]"));
        assertTrue(coordinator.textContent("main").contains("Дүнгийн хуудас хуурамч байсан"));
        assertFalse(coordinator.isVisible("#reason"), "a revoked certificate offers no second revocation");

        Page anyone = browser.page();
        anyone.context().clearCookies();
        anyone.navigate("/verify/" + code);
        assertTrue(anyone.textContent("main").contains("Дүнгийн хуудас хуурамч байсан"));
        anyone.click("a[hreflang=en]");
        assertTrue(anyone.textContent("main").contains("Revoked on"), anyone.textContent("main"));
        Axe.assertAccessible(anyone);
        anyone.navigate("/verify/" + "a".repeat(26));
        browser.forgetConsoleErrors(); // the browser reports the 404 it was meant to get
        assertTrue(anyone.textContent("main").contains("No certificate with this code"));
        Axe.assertAccessible(anyone);
    }

}
