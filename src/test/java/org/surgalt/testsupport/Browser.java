package org.surgalt.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/**
 * A real browser for {@code @QuarkusTest}s: {@code @RegisterExtension final Browser browser = new Browser();}
 * gives every test a fresh page (no cookies, English Accept-Language) whose relative URLs go to the
 * test's Quarkus. One Chromium, the system's, serves the whole test JVM; Playwright downloads a
 * browser of its own only where there is none (the network here reaches only package registries).
 *
 * <p>Every console error or uncaught script error of the page fails the test after it ran: with no
 * script of our own, those are what a Content-Security-Policy violation or a broken asset looks
 * like. On a failure the page is saved as {@code target/browser-failures/<Class>.<test>.png}.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path FAILURES = Paths.get("target", "browser-failures");
    /**
     * Debian's launcher turns remote extensions on and so leaves out --disable-background-networking.
     * Even with all these flags Chromium 156 still looks up accounts.google.com, clients2.google.com,
     * content-autofill and update.googleapis.com (60 to 90 DNS queries in one run of BrowserSmokeTest,
     * seen with strace): the resolver rule answers "not found" for every name but localhost without
     * asking DNS, so nothing leaves the machine. The rule matches address literals too, so 127.0.0.1
     * (where the tests' Keycloak listens) is let through by name; *.localhost is the content origin
     * (content.localhost), which Chromium resolves to the loopback address itself.
     */
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-quic", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE *.localhost , EXCLUDE 127.0.0.1");

    private static com.microsoft.playwright.Browser chromium;

    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    /** Where the application answers: the Quarkus test's ({@code test.url}) unless given. */
    private final java.util.function.Supplier<String> baseUrl;
    private BrowserContext context;
    private Page page;

    /** For a @QuarkusTest: the application under test. */
    public Browser() {
        this(() -> ConfigProvider.getConfig().getValue("test.url", String.class));
    }

    /** For an integration test: an application it started itself (read when each test opens the browser). */
    public Browser(java.util.function.Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Page page() {
        return page;
    }

    /** Signs the person in through the sign-in form, as they would, and stays on the page it leads to. */
    public Page signIn(TestPerson person) {
        if (!page.url().contains("/login")) {
            page.navigate("/login");
        }
        fillSignInForm(person);
        if (page.url().contains("/login")) {
            throw new AssertionError("signing in " + person.email() + " through the form failed: still on "
                    + page.url() + " (is the address paused by earlier failed sign-ins?)");
        }
        return page;
    }

    /** Fills and posts the form on the sign-in page the browser is showing now. */
    public void fillSignInForm(TestPerson person) {
        page.fill("#email", person.email());
        page.fill("#password", person.password());
        page.waitForNavigation(() -> page.click("form[action^='/j_security_check'] button[type=submit]"));
    }

    /** What the page logged as errors so far; {@link #forgetConsoleErrors()} after provoking some on purpose. */
    /** Whether every part of the site header starts above the bottom of the first: the header is one line. */
    public boolean headerOnOneLine() {
        return (Boolean) page().evaluate("""
                () => { const items = [...document.querySelectorAll('header.site > *')];
                        const first = items[0].getBoundingClientRect();
                        return items.every(e => e.getBoundingClientRect().top < first.bottom); }""");
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    public void forgetConsoleErrors() {
        consoleErrors.clear();
    }

    @Override
    public void beforeEach(ExtensionContext test) {
        open();
    }

    /**
     * The same person on another device: a new browser (no cookies, no storage) replaces this
     * one; sign in again. {@link #page()} is the new page.
     */
    public Page anotherDevice() {
        context.close();
        open();
        return page;
    }

    private void open() {
        context = chromium().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl.get()).setLocale("en-US"));
        // Pages are small and local: a selector that has not matched in 10 s will not.
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            // Chromium asks for /favicon.ico now and then (it depends on timing); there is none, and a
            // missing icon is no error of the page.
            if ("error".equals(message.type()) && !message.location().contains("/favicon.ico:")) {
                consoleErrors.add(message.text() + " (" + message.location() + ", on " + page.url() + ")");
            }
        });
        page.onPageError(error -> consoleErrors.add("uncaught: " + error + " (on " + page.url() + ")"));
    }

    @Override
    public void afterTestExecution(ExtensionContext test) throws Exception {
        if (test.getExecutionException().isPresent()) {
            Files.createDirectories(FAILURES);
            // A parameterized test's display name ("[2] path=/login") tells its runs apart.
            String run = !test.getDisplayName().startsWith("[") ? ""
                    : "-" + test.getDisplayName().replaceAll("[^\\p{L}\\p{N}.-]+", "_").replaceAll("^_|_$", "");
            Path file = FAILURES.resolve(test.getRequiredTestClass().getSimpleName() + "."
                    + test.getRequiredTestMethod().getName() + run + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            System.err.println("Browser test failed on " + page.url() + "; the page is in " + file.toAbsolutePath());
        } else if (!consoleErrors.isEmpty()) {
            throw new AssertionError("the browser console reported errors:\n  " + String.join("\n  ", consoleErrors));
        }
    }

    @Override
    public void afterEach(ExtensionContext test) {
        if (context != null) {
            context.close();
        }
        consoleErrors.clear();
    }

    /**
     * Debian's Chromium where it is installed (.ci/run installs it); elsewhere (a developer's Mac,
     * say) Playwright's own Chromium, which Playwright then downloads. Never a skip: with neither,
     * launching fails and so do the tests.
     */
    private static synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            boolean system = Files.isExecutable(CHROMIUM);
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", system ? "1" : "0")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
                    .setArgs(new ArrayList<>(ARGS));
            chromium = playwright.chromium().launch(system ? options.setExecutablePath(CHROMIUM) : options);
        }
        return chromium;
    }
}
