package org.surgalt.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.Journey;
import org.surgalt.testsupport.PackagedApp;
import org.surgalt.testsupport.Texts;

/**
 * A ministry's new administrator on a fresh production start (the packaged app as an operator starts
 * it, on its own empty embedded database, with no demo data) sets up a programme from nothing in
 * Chromium: creates the site administrator through the one-time link the start printed, imports the
 * programme's 50 schools from a CSV file (checked, then applied), connects a school's identity
 * provider, makes a coordinator's account and grants the role, creates the cohort and makes her its
 * coordinator; she signs in and finds it, and the audit log shows who did all of it. Every page is
 * screenshotted, checked with axe and weighed ({@link Journey}).
 */
class AdminFirstStartJourneyIT {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{43})");
    private static final String ADMIN_EMAIL = "admin@mecs.gov.mn";
    private static final String ADMIN_PASSWORD = "first-start-2026";
    private static final String COORDINATOR_EMAIL = "tuya@khovd-buyant.edu.mn";
    private static final String COORDINATOR_PASSWORD = "coordinator-2026";
    /** Aimags of ../shared/data (the shipped places); the soums are new, added by the import. */
    private static final List<String> AIMAGS = List.of("Ховд", "Увс", "Баян-Өлгий", "Говь-Алтай", "Завхан");

    private static PackagedApp app;

    @RegisterExtension
    final Browser browser = new Browser(() -> app.baseUri());

    @BeforeAll
    static void freshProductionStart() throws IOException {
        Path home = PackagedApp.itDir().resolve("admin-first-start");
        PackagedApp.deleteRecursively(home);
        app = PackagedApp.launch("admin-first-start", home, Map.of(), Map.of(
                "surgalt.samples.import", "false",
                "surgalt.db.embedded.data-dir", home.resolve("db").toAbsolutePath().toString(),
                "surgalt.assets.root", home.resolve("assets").toAbsolutePath().toString()));
        app.awaitReady();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.kill();
            PackagedApp.stopMariaDb(PackagedApp.itDir().resolve("admin-first-start/db").toAbsolutePath());
        }
    }

    @Test
    void aNewAdminSetsUpAProgrammeFromNothing() {
        Texts t = Texts.in("en");
        Matcher link = SETUP_LINK.matcher(app.log());
        if (!link.find()) {
            fail("a start without an administrator prints a setup link\n" + app.logTail());
        }
        String token = link.group(1);
        Journey journey = Journey.of(browser, "admin-first-start");
        Page page = browser.page();

        journey.step("setup-form", () -> {
            page.navigate("/language/en?return=/setup/" + token);
            assertThat(page.locator("h1")).hasText(t.of("admin", "setup_title"));
        });
        journey.step("administrator-created", () -> {
            page.fill("#email", ADMIN_EMAIL);
            page.fill("#name", "Бат-Эрдэнэ Администратор");
            page.selectOption("#locale", "en");
            page.fill("#newPassword", ADMIN_PASSWORD);
            page.fill("#newPasswordAgain", ADMIN_PASSWORD);
            page.waitForNavigation(() -> page.click("form[action^='/setup/'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/login"));
        });
        journey.step("administration", () -> {
            signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
            page.navigate("/admin");
            assertThat(page.locator("h1")).hasText(t.of("admin", "admin_title"));
            for (String href : List.of("/admin/institutions", "/admin/people", "/admin/identity-providers",
                    "/admin/xapi-clients", "/admin/audit")) {
                assertThat(page.locator("main a[href='" + href + "']")).hasCount(1);
            }
        });
        // The link worked once: the site is set up now.
        Page other = browser.page().context().newPage();
        other.navigate("/setup/" + token);
        assertThat(other.locator("h1")).not().hasText(t.of("admin", "setup_title"));
        other.close();

        FilePayload schools = new FilePayload("schools.csv", "text/csv", schoolsCsv().getBytes(StandardCharsets.UTF_8));
        journey.step("schools-checked", () -> {
            page.navigate("/admin/institutions/import");
            page.setInputFiles("#check-file", schools);
            page.locator("input[name=addSoums]").check();
            page.waitForNavigation(() -> page.click("form[action^='/admin/institutions/import?'] button[type=submit]"));
            assertThat(page.locator("main")).containsText("school-01");
            assertThat(page.locator("main")).containsText("Ховд");
        });
        journey.step("schools-imported", () -> {
            page.setInputFiles("#apply-file", schools);
            page.waitForNavigation(() -> page.click("form[action^='/admin/institutions/import/apply'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/admin/institutions/import\\?created=50"));
            page.navigate("/admin/institutions?q=school-");
            assertThat(page.locator("main")).containsText("Буянт сумын 1-р сургууль");
        });

        journey.step("identity-provider-added", () -> {
            page.navigate("/admin/identity-providers");
            page.fill("#code", "khovd-sso");
            page.fill("#institution", "school-01");
            page.fill("#displayName", "Ховд аймгийн сургуулиуд");
            page.fill("#issuer", "https://sso.khovd.edu.mn/realms/schools");
            page.fill("#clientId", "surgalt");
            page.fill("#clientSecret", "a-secret-from-the-realm");
            page.waitForNavigation(() -> page.click("form[action^='/admin/identity-providers?'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/admin/identity-providers/\\d+\\?done=created"));
            assertThat(page.locator("main")).not().containsText("a-secret-from-the-realm");
        });

        journey.step("coordinator-account", () -> {
            page.navigate("/admin/people");
            page.fill("#new-email", COORDINATOR_EMAIL);
            page.fill("#new-name", "Зохицуулагч Туяа");
            page.selectOption("#new-locale", "en");
            page.fill("#new-institution", "school-01");
            page.fill("#new-password", COORDINATOR_PASSWORD);
            page.waitForNavigation(() -> page.click("form[action^='/admin/people?'] button[type=submit]"));
            assertThat(page.locator(".notice")).hasText(t.of("people", "people_done_created"));
            assertThat(page.locator("h1")).hasText("Зохицуулагч Туяа");
        });
        String personPage = page.url().replaceAll("\\?.*$", "").replaceAll("^https?://[^/]+", "");
        journey.step("coordinator-granted", () -> {
            grant(page, "coordinator_institution", "school-01");
            assertThat(page.locator(".notice")).hasText(t.of("people", "people_done_granted"));
            assertThat(page.locator("ul.permissions")).containsText("Буянт сумын 1-р сургууль");
        });

        journey.step("cohort-created", () -> {
            page.navigate("/cohorts");
            page.fill("#cohort-name", "50 зорилтот сургууль — хавар");
            page.fill("#cohort-code", "spring-2027");
            page.waitForNavigation(() -> page.click("form[action^='/cohorts?'] button[type=submit]"));
            assertThat(page).hasURL(Pattern.compile("/cohorts/spring-2027$"));
        });
        journey.step("cohort-coordinator-granted", () -> {
            page.navigate(personPage);
            grant(page, "coordinator_cohort", "spring-2027");
            assertThat(page.locator(".notice")).hasText(t.of("people", "people_done_granted"));
            assertThat(page.locator("ul.permissions")).containsText("50 зорилтот сургууль — хавар");
        });
        journey.step("audit-log", () -> {
            page.navigate("/admin/audit");
            for (String action : List.of("audit_action_institution_import", "audit_action_identity-provider_create",
                    "audit_action_person_create", "audit_action_role_grant", "audit_action_cohort_create")) {
                assertThat(page.locator("main")).containsText(t.of("audit", action));
            }
        });
        journey.step("audit-log-setup", () -> {
            // The first thing done on the site, under the 49 soums the import added: found by its action.
            page.navigate("/admin/audit?action=site.setup");
            assertThat(page.locator("main")).containsText(t.of("audit", "audit_action_site_setup"));
            assertThat(page.locator("main")).containsText(ADMIN_EMAIL);
        });

        // The coordinator, on her own computer, finds the cohort she now runs.
        Page hers = browser.anotherDevice();
        journey.coldCache(hers);
        journey.step(hers, "coordinator-cohorts", () -> {
            hers.navigate("/language/en?return=/cohorts");
            signIn(hers, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
            assertThat(hers).hasURL(Pattern.compile("/cohorts$"));
            assertThat(hers.locator("main a[href='/cohorts/spring-2027']")).hasCount(1);
        });
    }

    private static void signIn(Page page, String email, String password) {
        if (!page.url().contains("/login")) {
            page.navigate("/login");
        }
        page.fill("#email", email);
        page.fill("#password", password);
        page.waitForNavigation(() -> page.click("form[action^='/j_security_check'] button[type=submit]"));
        assertTrue(!page.url().contains("/login"), "signed in as " + email + ": still on " + page.url());
    }

    private static void grant(Page page, String kind, String scope) {
        page.selectOption("#kind", kind);
        page.fill("#scope", scope);
        page.waitForNavigation(() -> page.click("form[action*='/roles?'] button[type=submit]"));
    }

    /** The programme's 50 target schools: ten in each of five western aimags, each in a soum of its own. */
    private static String schoolsCsv() {
        StringBuilder csv = new StringBuilder("code,name,kind,aimag,soum\n");
        for (int i = 1; i <= 50; i++) {
            String aimag = AIMAGS.get((i - 1) / 10);
            String soum = i == 1 ? "Буянт" : "Сум " + i;
            csv.append(String.format("school-%02d,%s сумын %d-р сургууль,SCHOOL,%s,%s%n", i, soum, i, aimag, soum));
        }
        return csv.toString();
    }
}
