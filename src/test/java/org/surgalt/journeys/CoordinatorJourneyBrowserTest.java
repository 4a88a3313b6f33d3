package org.surgalt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.authoring.PublishingService;
import org.surgalt.cohort.session.SessionFixture;
import org.surgalt.course.Course;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.platform.LocalizedText;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Texts;

/**
 * A coordinator in Chromium (the HTTP-level twin is cohort/CoordinatorJourneyTest): creates a
 * cohort and gives it a course, enrols teachers from a CSV file (a check, then the commit), takes
 * attendance at a workshop on a 360 px phone, opens the dashboard and exports it as XLSX, whose
 * Cyrillic place names survive. Every page is screenshotted, checked with axe and weighed ({@link Journey}).
 */
@QuarkusTest
class CoordinatorJourneyBrowserTest {

    private static final String FORM = ContentType.URLENC.withCharset("UTF-8");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aCoordinatorEnrolsACohortTakesAttendanceOnAPhoneAndExportsTheDashboard() throws Exception {
        Texts t = Texts.in("en");
        String tag = Long.toString(System.nanoTime() % 100_000_000);
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        String khovd = "BRW-KHOVD-" + tag;
        String capital = "BRW-UB-" + tag;
        identity.createInstitutionIfAbsent(khovd, "Буянт сумын сургууль " + tag, InstitutionKind.SCHOOL, "Ховд", "Буянт");
        identity.createInstitutionIfAbsent(capital, "Баянзүрх 1-р сургууль " + tag, InstitutionKind.SCHOOL,
                "Улаанбаатар", "Баянзүрх");
        Course course = Arc.container().instance(PublishingService.class).get().importCourse(new NewCourse(
                "workshops-" + tag, "mn", LocalizedText.of("Blended teaching " + tag, "Хосолсон сургалт " + tag),
                LocalizedText.empty(), null, List.of(new NewCourse.NewModule(LocalizedText.of("Workshops", "Семинар"),
                        List.of(new NewCourse.NewItem(ItemKind.PAGE, LocalizedText.of("Lesson", "Хичээл"),
                                        LocalizedText.of("Read this.", "Үүнийг уншина уу."), null),
                                new NewCourse.NewItem(ItemKind.SESSION, LocalizedText.of("Workshop 1", "Семинар 1"),
                                        LocalizedText.of("Day one.", "Эхний өдөр."), null))))))
                .orElseThrow();
        long workshop = course.modules().get(0).items().get(1).id();
        TestPerson sara = aPerson().inInstitution(khovd).withName("Батын Сараа " + tag).create();
        TestPerson oyun = aPerson().inInstitution(capital).withName("Дулмаагийн Оюун " + tag).create();
        String newcomer = "shine." + tag + "@school.test.mn";
        TestPerson coordinator = aPerson().withName("Зохицуулагч Туяа").withGrant(Grant.site(Role.COORDINATOR)).create();
        String cohortName = "50 target schools " + tag;
        String cohort = "spring-" + tag;
        FilePayload csv = new FilePayload("cohort.csv", "text/csv", ("email,name,institution_code\n"
                + sara.email() + ",Батын Сараа " + tag + "," + khovd + "\n"
                + oyun.email() + ",Дулмаагийн Оюун " + tag + "," + capital + "\n"
                + newcomer + ",Шинэ Багш " + tag + "," + khovd + "\n").getBytes(StandardCharsets.UTF_8));
        Journey journey = Journey.of(browser, "coordinator");
        Page page = browser.page();

        journey.step("sign-in-page", () -> {
            page.navigate("/language/en?return=/cohorts");
            assertThat(page.locator("h1")).hasText(t.msg("login_title"));
        });
        journey.step("cohorts", () -> {
            browser.fillSignInForm(coordinator);
            assertThat(page).hasURL(Pattern.compile("/cohorts$"));
            assertThat(page.locator("h1")).hasText(t.of("cohort", "cohorts_title"));
        });
        journey.step("cohort-created", () -> {
            page.fill("#cohort-name", cohortName);
            page.fill("#cohort-code", cohort);
            page.waitForNavigation(() -> page.click("form[action^='/cohorts?'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/cohorts/" + cohort + "$"));
            assertThat(page.locator("h1")).hasText(cohortName);
        });
        journey.step("course-added", () -> {
            page.selectOption("#add-course", course.code());
            page.waitForNavigation(() -> page.click("form[action*='/courses?'] button[type=submit]"));
            assertThat(page.locator(".notice")).hasText(t.named("cohort", "cohort_course_added", Map.of("count", 0)));
            assertThat(page.locator("section[aria-labelledby=courses] li a")).hasText("Blended teaching " + tag);
        });
        journey.step("enrol-page", () -> {
            page.waitForNavigation(() -> page.click("a[href='/cohorts/" + cohort + "/import']"));
            assertThat(page.locator("h1")).hasText(t.named("cohort", "import_title", Map.of("cohort", cohortName)));
        });
        journey.step("csv-checked", () -> {
            page.setInputFiles("#check-file", csv);
            page.waitForNavigation(() -> page.click("form[action*='/import?'] button[type=submit]"));
            assertThat(page.locator(".notice")).hasText(t.of("cohort", "import_nothing_written"));
            assertThat(page.locator("main")).containsText(t.named("cohort", "import_total_rows", Map.of("count", 3)));
            assertThat(page.locator("main")).containsText(t.named("cohort", "import_total_new", Map.of("count", 1)));
            assertThat(page.locator("main")).containsText(t.named("cohort", "import_total_matched", Map.of("count", 2)));
            assertThat(page.locator("table.queue")).containsText("Шинэ Багш " + tag);
        });
        journey.step("csv-committed", () -> {
            page.setInputFiles("#commit-file", csv);
            page.waitForNavigation(() -> page.click("form[action*='/import/commit'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/cohorts/" + cohort + "(\\?.*)?$"));
            assertThat(page.locator(".notice")).hasText(t.named("cohort", "cohort_imported", Map.of("rows", 3, "added", 3)));
            assertThat(page.locator("main")).containsText(t.named("cohort", "cohort_members_count", Map.of("count", 3)));
            assertThat(page.locator("table.queue")).containsText(newcomer);
        });

        // A workshop going on now (scheduled, and signed up for, as in CoordinatorJourneyTest).
        Sessions.Session office = Sessions.as(coordinator);
        long session = schedule(office, course, workshop, SessionFixture.inProgressStart(Duration.ofMinutes(30)));
        for (TestPerson teacher : List.of(sara, oyun)) {
            Sessions.as(teacher).given().contentType(FORM).redirects().follow(false)
                    .when().post("/sessions/" + session + "/signup").then().statusCode(303);
        }

        // At the workshop, on the facilitator's phone.
        page.setViewportSize(360, 740);
        journey.step("attendance-360px", () -> {
            page.navigate("/sessions/" + session + "/attendance");
            assertThat(page.locator("h1")).containsText("Workshop 1");
            assertThat(page.locator("form.attendance > fieldset.mark")).hasCount(2);
            assertNoSidewaysScroll(page);
        });
        journey.step("attendance-saved-360px", () -> {
            page.locator("input[name='m" + sara.id() + "'][value='present']").locator("xpath=..").click();
            page.locator("input[name='m" + oyun.id() + "'][value='absent']").locator("xpath=..").click();
            page.waitForNavigation(() -> page.click("form.attendance > button[type=submit]"));
            assertThat(page.locator(".notice")).hasText(t.of("session", "session_attendance_saved"));
            assertThat(page.locator("input[name='m" + sara.id() + "'][value='present']")).isChecked();
            assertThat(page.locator("input[name='m" + oyun.id() + "'][value='absent']")).isChecked();
            assertNoSidewaysScroll(page);
        });

        // Back at the office: the dashboard and its export.
        page.setViewportSize(1280, 800);
        journey.step("dashboard", () -> {
            page.navigate("/cohorts/" + cohort);
            page.waitForNavigation(() -> page.click("a[href='/reports/cohorts/" + cohort + "']"));
            assertThat(page.locator("h1")).hasText(t.named("report", "report_title", Map.of("name", cohortName)));
            assertThat(page.locator("#level-heading")).hasText(t.of("report", "report_level_heading_cohort"));
            // Three learners: two in Khovd, one in Ulaanbaatar; nobody has completed the course yet.
            assertThat(page.locator("#table-level tbody tr", new Page.LocatorOptions().setHasText("Ховд")).locator("td").first())
                    .hasText("2");
            assertThat(page.locator("#table-level tbody tr", new Page.LocatorOptions().setHasText("Улаанбаатар")).locator("td").first())
                    .hasText("1");
            // The coordinator has the most header entries: they still fit on one line at 1280 px,
            // and the wide dashboard shows every table's columns without a sideways scroll.
            assertTrue(browser.headerOnOneLine(), "the header wraps onto a second line at 1280 px");
            assertTrue((Boolean) page.evaluate(
                    "() => [...document.querySelectorAll('.table-wrap')].every(w => w.scrollWidth <= w.clientWidth)"),
                    "a report table is cut off at 1280 px");
        });
        Download download = page.waitForDownload(() -> page.click("ul.downloads a[href$='.xlsx']:text('"
                + t.of("report", "report_download_all") + "')"));
        assertTrue(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
        Path xlsx = Journey.ROOT.resolve("coordinator").resolve(download.suggestedFilename());
        download.saveAs(xlsx);
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook book = new ReadableWorkbook(in)) {
            for (Sheet sheet : book.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getRawValue())));
                }
            }
        }
        assertTrue(cells.contains("Ховд") && cells.contains("Улаанбаатар"), "aimags in the export: " + cells);
        assertTrue(cells.contains("Шинэ Багш " + tag), "the newcomer, inactive so far, in the export: " + cells);
    }

    private static void assertNoSidewaysScroll(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) width).intValue() <= 360, "the page is " + width + " px wide at a 360 px viewport");
    }

    private static long schedule(Sessions.Session office, Course course, long item, Instant start) {
        ZonedDateTime local = start.atZone(ZoneId.of("Asia/Ulaanbaatar"));
        ZonedDateTime end = local.plusHours(3);
        String location = office.given().contentType(FORM).formParam("course", course.code())
                .formParam("item", Long.toString(item)).formParam("date", local.toLocalDate().toString())
                .formParam("start", String.format("%02d:%02d", local.getHour(), local.getMinute()))
                .formParam("end", end.toLocalDate().equals(local.toLocalDate())
                        ? String.format("%02d:%02d", end.getHour(), end.getMinute()) : "23:59")
                .formParam("place", "Ховд, Буянт сум").formParam("capacity", "30").redirects().follow(false)
                .when().post("/sessions").then().statusCode(303).extract().header("Location");
        Matcher id = Pattern.compile("/sessions/(\\d+)").matcher(location);
        assertTrue(id.find(), location);
        return Long.parseLong(id.group(1));
    }
}
