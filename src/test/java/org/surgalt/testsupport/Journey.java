package org.surgalt.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user journey in a {@link Browser}, step by step. After each step it looks at the page the
 * user is left on as a reviewer would: a full-page screenshot {@code target/journeys/<journey>/<nn>-<step>.png},
 * axe-core's WCAG 2 A/AA rules (a serious or critical violation fails the step), and the page's
 * weight: the HTML, CSS and JS the browser fetched for it, as transferred (compressed, headers
 * included), which must stay within {@link #BUDGET_BYTES}. Teachers in the soums pay for mobile
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
    private final List<Request> requests = new CopyOnWriteArrayList<>();
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
        journey.watch(browser.page());
        return journey;
    }

    /** Weighs and checks another page (a second user's, or a new viewport) too. */
    public void watch(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject noCache = new JsonObject();
        noCache.addProperty("cacheDisabled", true);
        cdp.send("Network.setCacheDisabled", noCache);
        page.onRequestFinished(requests::add);
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

    private void weigh(Page page, String file) {
        // The requests since the last main-frame document (and the document itself) are this page's.
        List<Request> all = new ArrayList<>(requests);
        int start = -1;
        for (int i = all.size() - 1; i >= 0; i--) {
            Request request = all.get(i);
            if (request.frame() == page.mainFrame() && "document".equals(request.resourceType())
                    && isPage(request.response())) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError(file + ": no page was loaded in this step (" + page.url() + ")");
        }
        Request document = all.get(start);
        long total = 0;
        List<String> parts = new ArrayList<>();
        for (Request request : all.subList(start, all.size())) {
            Response response = request.response();
            if (response == null || !counted(request, response)) {
                continue;
            }
            var sizes = request.sizes();
            long bytes = sizes.responseBodySize + sizes.responseHeadersSize;
            String encoding = response.headerValue("content-encoding");
            if (sizes.responseBodySize > 1024 && (encoding == null || "identity".equals(encoding))) {
                throw new AssertionError(file + ": " + request.url() + " came uncompressed (" + sizes.responseBodySize
                        + " bytes, Content-Type " + response.headerValue("content-type") + ")");
            }
            total += bytes;
            parts.add(shortUrl(request.url()) + " " + bytes);
        }
        String line = total + "\t" + name + "\t" + file + "\t" + shortUrl(document.url()) + "\t" + String.join(", ", parts);
        weights.add(line);
        writeWeights();
        if (total > BUDGET_BYTES) {
            throw new AssertionError(String.format(Locale.ROOT, "%s weighs %,d bytes (HTML+CSS+JS as transferred),"
                    + " over the budget of %,d: %s", shortUrl(document.url()), total, BUDGET_BYTES, parts));
        }
    }

    private static boolean isPage(Response response) {
        return response != null && contentType(response).startsWith("text/html");
    }

    /** HTML, CSS and script; not images, video, PDFs or other downloads, and not the page's polling. */
    private static boolean counted(Request request, Response response) {
        String type = contentType(response);
        boolean text = type.startsWith("text/html") || type.startsWith("text/css") || type.contains("javascript");
        return text && Set.of("document", "stylesheet", "script").contains(request.resourceType());
    }

    private static String contentType(Response response) {
        String type = response.headerValue("content-type");
        return type == null ? "" : type.toLowerCase(Locale.ROOT);
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
        summary.add(String.format(Locale.ROOT, "# HTML+CSS+JS per page as transferred (compressed, headers included),"
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
