package org.surgalt.cartridge;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Role;
import org.surgalt.testsupport.Sessions;
import org.surgalt.testsupport.Uploads;

/**
 * Time and peak heap of importing the corpus's largest cartridge (rich-content-cc-file.imscc: a page
 * with images, two files) through the API, on the embedded database. Run by bench/cartridge.sh;
 * excluded from the normal build (tag "bench"). Figures only: it asserts that each import succeeded.
 */
@Tag("bench")
@QuarkusTest
class CartridgeImportBench {

    private static final String LARGEST = "rich-content-cc-file.imscc";

    @Test
    void importTimeAndPeakHeap() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 20);
        Sessions.Session author = Sessions.as(aPerson().withRole(Role.AUTHOR).withLocale("en").create());
        byte[] bytes = Files.readAllBytes(CartridgeImportTest.CARTRIDGES.resolve(LARGEST));
        importOnce(author, bytes); // warm-up
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            millis[i] = importOnce(author, bytes);
        }
        Arrays.sort(millis);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("cartridge: %s (%d KB), %d imports: p50 %d ms, max %d ms; peak heap %d MB (JVM max %d MB)%n",
                LARGEST, bytes.length >> 10, rounds, millis[rounds / 2], millis[rounds - 1], peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Upload and inspection of the package are left out: the import alone, from the accepted upload. */
    private static long importOnce(Sessions.Session author, byte[] bytes) {
        String upload = Uploads.upload(author, bytes, LARGEST, "package");
        long start = System.nanoTime();
        author.given().contentType(ContentType.JSON).body(Map.of("upload", upload)).when()
                .post("/api/cartridges/imports").then().statusCode(201);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
