package org.surgalt.h5p;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.surgalt.testsupport.Browser;
import org.surgalt.testsupport.PackageCourses;

/**
 * What a learner's browser downloads on the content origin to show the True/False: the player
 * page, h5p-standalone, the page's own script and style, and the package's files (h5p.json,
 * content, the libraries' scripts, styles and fonts), each as it arrives and gzipped (-6), as the
 * first launch of an empty cache fetches them. Prints a table; run by bench/h5p.sh, excluded from
 * the normal build (tag "bench").
 */
@Tag("bench")
@QuarkusTest
class H5pPlayerWeightBench {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void trueFalseFirstLaunch() throws Exception {
        PackageCourses.PackageCourse course = PackageCourses.publishedWith(H5pRuntimeTest.TRUE_FALSE, "completed", null);
        var learner = aPerson().enrolledIn(course.code()).create();
        Page page = browser.signIn(learner);
        List<Response> responses = new CopyOnWriteArrayList<>();
        page.onResponse(responses::add);
        page.navigate("/courses/" + course.code() + "/items/" + course.itemId());
        assertThat(page.frameLocator("iframe.package-player").locator(".h5p-true-false")).isVisible();
        page.waitForTimeout(1_000);
        long raw = 0;
        long gzip = 0;
        long shellRaw = 0;
        long shellGzip = 0;
        int count = 0;
        System.out.printf("%9s %9s  %s%n", "bytes", "gzip", "content origin");
        for (Response response : responses) {
            String url = response.url();
            if (!url.contains("://content.localhost") || url.contains("/xapi/")) {
                continue;
            }
            byte[] body = response.body();
            long zipped = gzipped(body);
            raw += body.length;
            gzip += zipped;
            count++;
            String path = url.replaceFirst("^https?://[^/]+", "");
            if (!path.startsWith("/h5p/files/")) {
                shellRaw += body.length;
                shellGzip += zipped;
            }
            System.out.printf("%9d %9d  %s%n", body.length, zipped, path.replaceFirst("/h5p/launch/.*", "/h5p/launch/…")
                    .replaceFirst("/h5p/files/[0-9a-f]{64}", "/h5p/files/…"));
        }
        System.out.printf("player shell (page, h5p-standalone, player.js/css, its fonts): %d bytes, %d gzip%n",
                shellRaw, shellGzip);
        System.out.printf("total: %d requests, %d bytes, %d gzip%n", count, raw, gzip);
    }

    private static long gzipped(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.size();
    }
}
