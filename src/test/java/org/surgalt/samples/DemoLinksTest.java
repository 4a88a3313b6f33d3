package org.surgalt.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgalt.testsupport.Sessions;

/**
 * The README's walk-through, done the way a newcomer does it: sign in as each demo person of
 * content-samples/demo.yaml and follow every link the application shows them, from their home
 * page on. A link Surgalt renders for someone must be one they may follow, so any 403, 404 or 5xx
 * fails, naming the page that linked it. GET only: forms are not sent.
 */
@QuarkusTest
class DemoLinksTest {

    private static final Logger LOG = Logger.getLogger(DemoLinksTest.class);
    private static final int MAX_PAGES = 400;
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\bhref\\s*=\\s*\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    @Inject
    SampleImporter importer;

    @Inject
    org.surgalt.cohort.session.DemoSessions demoSessions;

    @BeforeEach
    void importTheDemo() {
        // The test profile imports nothing at start; this is what ./run imports (a second time changes nothing).
        importer.importAll(Path.of("content-samples"));
        demoSessions.seed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"teacher", "teacher.en", "author", "reviewer", "coordinator", "admin"})
    void everyLinkADemoPersonSeesCanBeFollowed(String name) {
        Sessions.Session session = Sessions.as(name + "@demo.surgalt.mn", "surgalt-demo-2026");
        long started = System.nanoTime();
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        List<String> broken = new ArrayList<>();
        List<String> walk = new ArrayList<>();
        queue.add(new String[] {"/", "(signing in)"});
        seen.add("/");
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String[] next = queue.poll();
            String path = next[0];
            String from = next[1];
            // The path is sent as the page wrote it: REST Assured would encode its %-escapes again.
            Response response = session.given().urlEncodingEnabled(false).redirects().follow(false)
                    .accept("text/html").when().get(path);
            visited++;
            int status = response.statusCode();
            walk.add(status + " " + path + "  <- " + from);
            if (status == 403 || status == 404 || status >= 500) {
                broken.add(status + " " + path + "  (linked from " + from + ")");
                continue;
            }
            if (status >= 300 && status < 400) {
                String location = response.header("Location");
                if (location != null) {
                    enqueue(location, path, queue, seen);
                }
                continue;
            }
            String type = response.contentType();
            if (type == null || !type.startsWith("text/html")) {
                continue; // a download: fetched, not read
            }
            Matcher links = LINK.matcher(response.asString());
            while (links.find()) {
                enqueue(links.group(1).replace("&amp;", "&"), path, queue, seen);
            }
        }
        LOG.infof("%s: %d pages visited (%d links found, %d left over) in %d ms", name, visited, seen.size(),
                queue.size(), (System.nanoTime() - started) / 1_000_000);
        writeWalk(name, walk);
        assertTrue(broken.isEmpty(), name + "@demo.surgalt.mn follows links that fail:\n" + String.join("\n", broken));
        assertTrue(visited > 3, name + " reaches only " + visited + " pages: the crawl did not get anywhere");
    }

    /** The pages visited, for whoever wonders what the walk covered: target/demo-links/<person>.txt. */
    private static void writeWalk(String name, List<String> walk) {
        try {
            Path dir = Path.of("target", "demo-links");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name + ".txt"), walk);
        } catch (java.io.IOException e) {
            LOG.warnf("cannot write the walk of %s: %s", name, e.getMessage());
        }
    }

    private static void enqueue(String href, String from, Deque<String[]> queue, Set<String> seen) {
        URI target;
        try {
            target = URI.create("http://surgalt.test" + from).resolve(href.strip());
        } catch (IllegalArgumentException e) {
            throw new AssertionError("unreadable link '" + href + "' on " + from, e);
        }
        String host = target.getHost();
        boolean sameOrigin = "surgalt.test".equals(host) || "localhost".equals(host);
        if (!sameOrigin || target.getRawPath() == null || target.getRawPath().isEmpty()) {
            return;
        }
        String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        if (path.startsWith("/logout") || path.startsWith("/language/") || path.startsWith("/static/")
                || path.startsWith("/q/")) {
            return;
        }
        if (seen.add(path)) {
            queue.add(new String[] {path, from});
        }
    }
}
