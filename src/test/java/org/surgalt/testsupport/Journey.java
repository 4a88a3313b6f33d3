package org.surgalt.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user journey in a {@link Browser}, step by step. After each step it looks at the page the
 * user is left on as a reviewer would: a full-page screenshot {@code target/journeys/<journey>/<nn>-<step>.png},
 * axe-core's WCAG 2 A/AA rules (a serious or critical violation fails the step), and the page's
 * weight: the HTML, CSS and JS the browser fetched for it, as transferred (compressed bodies plus
 * the 300 bytes per response that Resource Timing counts for headers), which must stay within
 * {@link #BUDGET_BYTES}; a text response over 1 KB that came uncompressed fails the step too. Teachers in the soums pay for mobile
 * data by the megabyte; images, video and downloads are the user's media and not counted.
 *
 * <p>The browser cache is off (over CDP), so every page is weighed as a first visit would fetch
 * it, whatever came before it in the journey. Every page's weight goes to
 * {@code target/journeys/<journey>/page-weights.tsv}; {@code target/journeys/page-weights.txt} sums
 * up all journeys' pages, heaviest first, and {@code target/journeys/axe.txt} lists axe's findings
 * below "serious" (moderate, minor) for whoever works on the templates next.
 */
public final class Journey {

    public static final int BUDGET_BYTES = 50 * 1024;
    public static final Path ROOT = Paths.get("target", "journeys");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final Browser browser;
    private final String name;
    private final Path folder;
    private final List<String> weights = new ArrayList<>();
    private final List<String> findings = new ArrayList<>();
    private int number;

    private Journey(Browser browser, String name) {
        this.browser = browser;
        this.name = name;
        this.folder = ROOT.resolve(name);
    }

    /** Starts a journey on the browser's page; its files go to {@code target/journeys/<name>/}. */
    public static Journey of(Browser browser, String name) {
        Journey journey = new Journey(browser, name);
        try {
            if (Files.isDirectory(journey.folder)) {
                try (Stream<Path> old = Files.list(journey.folder)) {
                    for (Path file : old.toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(journey.folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        journey.coldCache(browser.page());
        return journey;
    }

    /** Turns the browser cache off for this page, so each page is weighed as a first visit fetches it. */
    public void coldCache(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject noCache = new JsonObject();
        noCache.addProperty("cacheDisabled", true);
        cdp.send("Network.setCacheDisabled", noCache);
    }

    /** Does what the user does in this step, then checks the page they are left on. */
    public void step(String stepName, Runnable action) {
        step(browser.page(), stepName, action);
    }

    public void step(Page page, String stepName, Runnable action) {
        action.run();
        check(page, stepName);
    }

    /** Screenshot, axe and weight of the page as it is now. */
    public void check(Page page, String stepName) {
        number++;
        String file = String.format(Locale.ROOT, "%02d-%s", number, stepName.replaceAll("[^A-Za-z0-9-]+", "-"));
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(file + ".png")).setFullPage(true));
        weigh(page, file);
        checkAccessibility(page, file);
    }

    /**
     * Reads the sizes from the page's own Resource Timing entries once it has loaded: the document
     * and the stylesheets and scripts it loaded ({@code transferSize}: the body as it came over the
     * wire plus a fixed 300 bytes for headers, as the Resource Timing spec defines it). Playwright's
     * request events can arrive after the load event, and then a stylesheet went uncounted; the
     * entries are complete at load.
     */
    @SuppressWarnings("unchecked")
    private void weigh(Page page, String file) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) page.evaluate("""
                () => [performance.getEntriesByType('navigation')[0]]
                    .concat(performance.getEntriesByType('resource')
                        .filter(r => r.initiatorType === 'link' || r.initiatorType === 'script'))
                    .map(r => ({ url: r.name, transfer: r.transferSize, encoded: r.encodedBodySize,
                                 decoded: r.decodedBodySize }))""");
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            String url = shortUrl((String) entry.get("url"));
            long transfer = ((Number) entry.get("transfer")).longValue();
            long encoded = ((Number) entry.get("encoded")).longValue();
            long decoded = ((Number) entry.get("decoded")).longValue();
            if (transfer == 0 && decoded > 0) {
                throw new AssertionError(file + ": " + url + " came from the cache; weighing needs it off");
            }
            if (decoded > 1024 && encoded >= decoded) {
                throw new AssertionError(file + ": " + url + " came uncompressed (" + decoded + " bytes)");
            }
            total += transfer;
            parts.add(url + " " + transfer);
        }
        String pageUrl = shortUrl(page.url());
        weights.add(total + "\t" + name + "\t" + file + "\t" + pageUrl + "\t" + String.join(", ", parts));
        writeWeights();
        if (total > BUDGET_BYTES) {
            throw new AssertionError(String.format(Locale.ROOT, "%s weighs %,d bytes (HTML+CSS+JS as transferred),"
                    + " over the budget of %,d: %s", pageUrl, total, BUDGET_BYTES, parts));
        }
    }

    private void checkAccessibility(Page page, String file) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        if (results.isErrored()) {
            throw new AssertionError(file + ": axe did not run: " + results.getErrorMessage());
        }
        if (results.getPasses().isEmpty()) {
            throw new AssertionError(file + ": axe checked nothing on " + page.url());
        }
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact())).toList();
        results.getViolations().stream().filter(rule -> !BLOCKING.contains(rule.getImpact()))
                .forEach(rule -> findings.add(name + "/" + file + " " + shortUrl(page.url()) + ": " + describe(rule)));
        writeFindings();
        if (!blocking.isEmpty()) {
            throw new AssertionError(file + " (" + page.url() + "): axe found "
                    + blocking.stream().map(Journey::describe).collect(Collectors.joining("\n  ", "\n  ", "")));
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                .map(node -> node.getTarget() + " " + node.getHtml()).collect(Collectors.joining(" | "));
    }

    private static String shortUrl(String url) {
        return url.replaceFirst("^https?://[^/]+", "").replaceAll("[?&]_csrf=[^&]*", "");
    }

    private void writeWeights() {
        write(folder.resolve("page-weights.tsv"), weights);
        // The summary over every journey's latest run, heaviest first.
        List<String> all = new ArrayList<>();
        try (Stream<Path> journeys = Files.list(ROOT)) {
            for (Path tsv : journeys.map(dir -> dir.resolve("page-weights.tsv")).filter(Files::isRegularFile).toList()) {
                all.addAll(Files.readAllLines(tsv, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> summary = new ArrayList<>();
        summary.add(String.format(Locale.ROOT, "# HTML+CSS+JS per page as transferred (compressed body + 300 B headers each),"
                + " cold cache; budget %,d bytes", BUDGET_BYTES));
        all.stream().sorted(Comparator.comparingLong((String line) -> Long.parseLong(line.split("\t")[0])).reversed())
                .map(line -> {
                    String[] f = line.split("\t", 5);
                    return String.format(Locale.ROOT, "%,9d  %-40s %s  [%s]", Long.parseLong(f[0]), f[3],
                            f[1] + "/" + f[2], f[4]);
                })
                .forEach(summary::add);
        write(ROOT.resolve("page-weights.txt"), summary);
    }

    private void writeFindings() {
        write(folder.resolve("axe-minor.txt"), findings);
        List<String> all = new ArrayList<>();
        try (Stream<Path> journeys = Files.list(ROOT)) {
            for (Path txt : journeys.map(dir -> dir.resolve("axe-minor.txt")).filter(Files::isRegularFile).sorted().toList()) {
                all.addAll(Files.readAllLines(txt, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(ROOT.resolve("axe.txt"), all);
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
