package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Documents per second through detection and extraction, over the ordinary documents of the
 * torture corpus. Run by bench/pipeline.sh; excluded from the normal build (tag "bench").
 */
@Tag("bench")
class InspectionPipelineBench {

    private static final Path TIKA = Path.of("src/test/resources/upload-torture/tika");
    private static final List<Path> DOCUMENTS = List.of(TIKA.resolve("testPDF.pdf"), TIKA.resolve("testPDFVarious.pdf"),
            TIKA.resolve("testPDF_bad_page_303226.pdf"), TIKA.resolve("testPDF_protected.pdf"),
            TIKA.resolve("testWORD_various.docx"), TIKA.resolve("test_recursive_embedded.docx"),
            TIKA.resolve("testPPT.pptx"), TIKA.resolve("testEXCEL.xlsx"), TIKA.resolve("testOpenOffice2.odt"),
            TIKA.resolve("LibreOfficeImpress_odp_1.3.odp"), TIKA.resolve("testODSMacro.ods"),
            TIKA.resolve("testTXT_win-1252.txt"), TIKA.resolve("russian.cp866.txt"),
            Path.of("src/test/resources/mongolian/udhr_khk.derived.txt"),
            Path.of("src/test/resources/mongolian/udhr_khk.derived.utf16le.txt"));

    @Test
    void documentsPerSecond() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 5);
        int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
        Inspector inspector = new Inspector(InspectionLimits.defaults());
        long bytes = 0;
        for (Path document : DOCUMENTS) {
            bytes += Files.size(document);
        }
        System.out.printf("pipeline: %d documents, %.2f MB per round, %d rounds, JVM max heap %d MB%n",
                DOCUMENTS.size(), bytes / 1e6, rounds, Runtime.getRuntime().maxMemory() >> 20);
        runRound(inspector, 1);
        resetPeaks();
        System.out.println("threads  round  docs/s   MB/s");
        for (int t : threads == 1 ? List.of(1) : List.of(1, threads)) {
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                int done = runRound(inspector, t);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%7d  %5d  %6.1f  %5.2f%n", t, round, done / seconds, bytes / 1e6 / seconds);
            }
        }
        System.out.printf("peak heap (sum of heap pools' peaks): %d MB%n", peakHeap() >> 20);
    }

    private static int runRound(Inspector inspector, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Inspection>> results = new ArrayList<>();
            for (Path document : DOCUMENTS) {
                results.add(pool.submit(() -> inspector.inspect(document, document.getFileName().toString(),
                        FileKind.FILE)));
            }
            for (Future<Inspection> result : results) {
                assertEquals(Inspection.Outcome.ACCEPTED, result.get().outcome(), result.get().reason());
            }
            return results.size();
        } finally {
            pool.shutdown();
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() throws IOException {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
