package org.surgalt.cartridge.export;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.CourseBuilder.aCourse;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.course.Course;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;

/**
 * An author downloads a published version as a Common Cartridge from the course's authoring page in a
 * real browser, without JavaScript: the page (with the link and its hint) passes axe and stays within
 * the page budget ({@link Journey}), and the file saved is the cartridge, manifest first.
 */
@QuarkusTest
class CartridgeExportBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAuthorSavesAVersionAsACartridgeFromTheAuthoringPage() throws Exception {
        Course course = aCourse().withModules(2).create();
        Journey journey = Journey.of(browser, "cartridge-export");
        Page page = browser.signIn(aPerson().withLocale("en").withGrant(Grant.course(Role.AUTHOR, course.id()))
                .create());
        Path saved = Path.of("target/cartridge-export/" + course.code() + ".imscc");
        journey.step("authoring-page", () -> {
            page.navigate("/author/courses/" + course.code());
            assertThat(page.locator("main ul.versions")).containsText("Export as Common Cartridge (.imscc)");
        });
        Download download = page.waitForDownload(() -> page.click("main ul.versions a[href$='/cartridge.imscc']"));
        assertEquals(course.code() + "-v1.imscc", download.suggestedFilename());
        Files.createDirectories(saved.getParent());
        download.saveAs(saved);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(saved))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                entries.add(entry.getName());
            }
        }
        assertEquals(List.of("imsmanifest.xml", "pages/", "pages/"), entries.stream().limit(3)
                .map(name -> name.startsWith("pages/") ? "pages/" : name).toList());
        assertEquals(3, entries.size(), "the manifest and the two pages: " + entries);
    }
}
