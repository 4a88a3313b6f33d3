package org.surgalt.progress;

import static org.surgalt.progress.ProgressFixture.item;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;

/**
 * Progress figures (bench/progress.sh; tag "bench", excluded from the normal build):
 * (a) facts recorded per second by 16 threads, each fact updating the derived rows in its own
 * transaction, with latency percentiles; (b) a recompute of 10,000 learners with about 60 facts
 * each after a version adds a required item. Learners and facts are generated with multi-row
 * INSERTs. Figures only; nothing is asserted.
 */
@Tag("bench")
@QuarkusTest
class ProgressBench {

    private static final int MODULES = 11;
    private static final int ITEMS_PER_MODULE = 6;

    @Inject
    ProgressService progress;

    @Inject
    RecomputeService recomputes;

    @Inject
    AgroalDataSource data;

    @SuppressWarnings("unchecked")
    private static Course course() {
        List<NewCourse.NewItem>[] modules = new List[MODULES];
        for (int m = 0; m < MODULES; m++) {
            List<NewCourse.NewItem> items = new ArrayList<>();
            for (int i = 1; i < ITEMS_PER_MODULE; i++) {
                items.add(item(ItemKind.PAGE, "Page " + (m + 1) + "." + i));
            }
            items.add(item(ItemKind.QUIZ, "Quiz " + (m + 1)));
            modules[m] = items;
        }
        return ProgressFixture.course(modules);
    }

    @Test
    void recordRate() throws Exception {
        int threads = Integer.getInteger("bench.threads", 16);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int learnerCount = Integer.getInteger("bench.learners", 3000);
        Course course = course();
        CourseContent version = ProgressFixture.published(course);
        long[] learners = learners(course.id(), learnerCount);
        List<CourseContent.ItemContent> items = version.items().toList();
        System.out.printf("record: %d threads, %d s, %d learners enrolled, %d modules x %d items%n", threads, seconds,
                learners.length, MODULES, ITEMS_PER_MODULE);
        // Warm-up on learners of their own, not measured: every measured fact is a new one.
        int warmUp = Math.min(learners.length / 5, threads * 10);
        runRecording(version, items, Arrays.copyOfRange(learners, learners.length - warmUp, learners.length), threads,
                3, new int[threads]);
        long[] measured = Arrays.copyOf(learners, learners.length - warmUp);
        long jvmCpu = jvmCpuNanos();
        long dbCpu = databaseCpuNanos();
        java.util.Map<String, Long> status = serverStatus();
        long start = System.nanoTime();
        List<long[]> latencies = runRecording(version, items, measured, threads, seconds, new int[threads]);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("record: %d facts in %.1f s = %.0f facts/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                all.length, elapsed, all.length / elapsed, percentile(all, 50), percentile(all, 95),
                percentile(all, 99));
        // CPU time per fact holds still on a busy machine, where facts per second do not.
        System.out.printf("record: CPU per fact: JVM (app and bench threads) %.3f ms, mariadbd %s%n",
                (jvmCpuNanos() - jvmCpu) / 1e6 / all.length,
                dbCpu < 0 ? "n/a (not a child of this JVM)"
                        : String.format("%.3f ms", (databaseCpuNanos() - dbCpu) / 1e6 / all.length));
        // What the server was sent per fact (Questions counts client statements, not the ones a
        // procedure runs): round trips are much of the server's cost of a small transaction.
        java.util.Map<String, Long> after = serverStatus();
        StringBuilder sent = new StringBuilder();
        for (var entry : after.entrySet()) {
            double perFact = (entry.getValue() - status.getOrDefault(entry.getKey(), 0L)) / (double) all.length;
            if (perFact >= 0.01) {
                sent.append(String.format(" %s %.2f", entry.getKey(), perFact));
            }
        }
        System.out.printf("record: server statements per fact:%s%n", sent);
    }

    /**
     * Each thread takes its own learners (t, t + threads, ...) and records every item of the
     * version for one before the next: VIEWED for pages, PASSED with 80 % for quizzes.
     */
    private List<long[]> runRecording(CourseContent version, List<CourseContent.ItemContent> items, long[] learners,
            int threads, int seconds, int[] firstRound) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                int round = firstRound[thread];
                int item = 0;
                while (System.nanoTime() < until) {
                    int index = thread + round * threads;
                    if (index >= learners.length) {
                        break;
                    }
                    CourseContent.ItemContent target = items.get(item);
                    boolean quiz = target.kind() == ItemKind.QUIZ;
                    long begin = System.nanoTime();
                    progress.record(learners[index], version, target,
                            quiz ? CompletionFact.Kind.PASSED : CompletionFact.Kind.VIEWED, quiz ? 80 : null, "bench");
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - begin;
                    if (++item == items.size()) {
                        item = 0;
                        round++;
                    }
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> results = new ArrayList<>();
        for (Future<long[]> future : futures) {
            results.add(future.get());
        }
        pool.shutdown();
        return results;
    }

    @Test
    void recomputeOfTenThousandLearners() throws Exception {
        int learnerCount = Integer.getInteger("bench.recompute.learners", 10_000);
        Course course = course();
        CourseContent version = ProgressFixture.published(course);
        long[] learners = learners(course.id(), learnerCount);
        int facts = facts(course.id(), version, learners);
        System.out.printf("recompute: %d learners, %d facts (%.0f each)%n", learners.length, facts,
                (double) facts / learners.length);
        time("first build (no derived rows yet)", course.id(), learners.length);
        ProgressFixture.addPage(course, "Added page");
        time("after a version adds a required item", course.id(), learners.length);
    }

    private void time(String what, long courseId, int learners) {
        recomputes.request(courseId, "REQUESTED", null);
        long id = recomputes.ofCourse(courseId).get(0).id();
        long start = System.nanoTime();
        RecomputeLog.Recompute done = recomputes.run(id);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("recompute %s: %d learners, %d changed, %.1f s, %.0f learners/s%n", what, done.learners(),
                done.changed(), seconds, learners / seconds);
    }

    /** Learners made and enrolled with multi-row INSERTs; their ids. */
    private long[] learners(long courseId, int count) throws SQLException {
        String prefix = "bench-" + System.nanoTime() + "-";
        try (Connection c = data.getConnection()) {
            List<Object[]> users = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                users.add(new Object[] {prefix + i + "@bench.surgalt", "Bench learner " + i, "mn"});
            }
            Jdbc.insertRows(c, "INSERT INTO app_user (email, display_name, locale) VALUES", 3, users, "");
            long[] ids = new long[count];
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM app_user WHERE email LIKE ? ORDER BY id")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    for (int i = 0; r.next(); i++) {
                        ids[i] = r.getLong(1);
                    }
                }
            }
            List<Object[]> enrolments = new ArrayList<>();
            for (long id : ids) {
                enrolments.add(new Object[] {id, courseId});
            }
            Jdbc.insertRows(c, "INSERT INTO enrolment (user_id, course_id) VALUES", 2, enrolments, "");
            inCohorts(c, prefix, courseId, ids);
            return ids;
        }
    }

    /**
     * As teachers are: each at one of 40 schools, and a member of two cohorts (a national one and a
     * regional one) that have the course, so every fact also moves the cohorts' totals (V018).
     */
    private static void inCohorts(Connection c, String prefix, long courseId, long[] learners) throws SQLException {
        List<Object[]> schools = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            schools.add(new Object[] {prefix + "school-" + i, "Bench school " + i, "SCHOOL", "Aimag " + i % 21, "Soum " + i});
        }
        Jdbc.insertRows(c, "INSERT INTO institution (code, name, kind, aimag, soum) VALUES", 5, schools, "");
        List<Long> schoolIds = ids(c, "SELECT id FROM institution WHERE code LIKE ? ORDER BY id", prefix + "school-%");
        for (int i = 0; i < learners.length; i++) {
            Jdbc.update(c, "UPDATE app_user SET institution_id = ? WHERE id = ?", schoolIds.get(i % schoolIds.size()),
                    learners[i]);
        }
        Jdbc.insertRows(c, "INSERT INTO cohort (code, name) VALUES", 2,
                List.of(new Object[] {prefix + "national", "Bench national"}, new Object[] {prefix + "region", "Bench region"}),
                "");
        List<Object[]> members = new ArrayList<>();
        for (long cohort : ids(c, "SELECT id FROM cohort WHERE code LIKE ? ORDER BY id", prefix + "%")) {
            Jdbc.update(c, "INSERT INTO cohort_course (cohort_id, course_id) VALUES (?, ?)", cohort, courseId);
            for (long learner : learners) {
                members.add(new Object[] {cohort, learner, "API"});
            }
        }
        Jdbc.insertRows(c, "INSERT INTO cohort_member (cohort_id, user_id, source) VALUES", 3, members, "");
    }

    private static List<Long> ids(Connection c, String sql, String like) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, like);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * About 60 facts per learner: every item viewed, each quiz passed (some failed first), and a
     * random sixth of the learners stopped halfway through the course.
     */
    private int facts(long courseId, CourseContent version, long[] learners) throws SQLException {
        List<CourseContent.ItemContent> items = version.items().toList();
        int count = 0;
        Instant base = Instant.now().minusSeconds(86_400L * 30);
        try (Connection c = data.getConnection()) {
            List<Object[]> rows = new ArrayList<>();
            for (long learner : learners) {
                boolean stopped = ThreadLocalRandom.current().nextInt(6) == 0;
                int upTo = stopped ? items.size() / 2 : items.size();
                for (int i = 0; i < upTo; i++) {
                    CourseContent.ItemContent item = items.get(i);
                    Timestamp at = Timestamp.from(base.plusSeconds(i * 60L));
                    rows.add(new Object[] {learner, courseId, item.id(), "VIEWED", null, "bench", 1, at});
                    if (item.kind() == ItemKind.QUIZ) {
                        if (i % 2 == 0) {
                            rows.add(new Object[] {learner, courseId, item.id(), "PASSED", 40, "bench", 1, at});
                        }
                        rows.add(new Object[] {learner, courseId, item.id(), "PASSED", 85, "bench", 1, at});
                    }
                }
                if (rows.size() > 20_000) {
                    count += flushFacts(c, rows);
                }
            }
            count += flushFacts(c, rows);
        }
        return count;
    }

    private static int flushFacts(Connection c, List<Object[]> rows) throws SQLException {
        int n = rows.size();
        Jdbc.insertRows(c, "INSERT INTO completion_fact (user_id, course_id, item_id, kind, score, source, "
                + "course_version, occurred_at) VALUES", 8, rows, "");
        rows.clear();
        return n;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private java.util.Map<String, Long> serverStatus() throws SQLException {
        java.util.Map<String, Long> status = new java.util.TreeMap<>();
        try (Connection c = data.getConnection(); PreparedStatement s = c.prepareStatement(
                "SHOW GLOBAL STATUS WHERE Variable_name = 'Questions' OR Variable_name LIKE 'Com\\_%'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                status.put(r.getString(1), r.getLong(2));
            }
        }
        return status;
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * utime + stime from /proc of the mariadbd serving the benchmark: the embedded one (a child of
     * this JVM), or for BENCH_JDBC_URL the local one started with that URL's --port; -1 if none.
     */
    private static long databaseCpuNanos() {
        String external = System.getProperty("quarkus.datasource.jdbc.url");
        java.util.regex.Matcher port = java.util.regex.Pattern.compile(":(\\d+)/").matcher(external == null ? "" : external);
        java.util.stream.Stream<ProcessHandle> candidates = port.find()
                ? ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                        .map(args -> Arrays.asList(args).contains("--port=" + port.group(1))).orElse(false))
                : ProcessHandle.current().descendants();
        return candidates.filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false)).findFirst()
                .map(p -> {
                    try {
                        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", p.pid() + "", "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // fields[11], [12]: utime, stime in clock ticks (100 per second on Linux)
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
                    } catch (java.io.IOException e) {
                        return -1L;
                    }
                }).orElse(-1L);
    }
}
