package org.surgalt.cartridge.export;

import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Role;
import org.surgalt.samples.SampleImporter;
import org.surgalt.testsupport.Sessions;

/**
 * Time and peak heap of exporting the sample course (content-samples/, imported and published as the
 * demo does) as a Common Cartridge through the API, on the embedded database, as a site admin. Run
 * by bench/cartridge.sh; excluded from the normal build (tag "bench"). Figures only: it asserts that
 * each export answered 200.
 */
@Tag("bench")
@QuarkusTest
class CartridgeExportBench {

    private static final String SAMPLE = "carpentries-instructor-training";

    @Inject
    SampleImporter samples;
    @Inject
    CourseService courses;

    @Test
    void exportTimeAndPeakHeap() {
        int rounds = Integer.getInteger("bench.rounds", 20);
        samples.importAll(Path.of("content-samples"));
        long courseId = courses.courseByCode(SAMPLE).id();
        Sessions.Session admin = Sessions.as(aPerson().withRole(Role.ADMIN).create());
        int size = exportOnce(admin, courseId).length; // warm-up
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] millis = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            exportOnce(admin, courseId);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("cartridge export: %s v1 (%d KB .imscc), %d exports: p50 %d ms, max %d ms; peak heap %d MB "
                + "(JVM max %d MB)%n", SAMPLE, size >> 10, rounds, millis[rounds / 2], millis[rounds - 1], peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static byte[] exportOnce(Sessions.Session admin, long courseId) {
        return admin.given().when().get("/api/courses/{id}/versions/1/cartridge.imscc", courseId).then()
                .statusCode(200).extract().asByteArray();
    }
}
