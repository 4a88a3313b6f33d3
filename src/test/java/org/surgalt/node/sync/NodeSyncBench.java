package org.surgalt.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's figures: a school day synced up and a new course version synced down over a 256 kbit/s
 * link, between a national server and a node (NodePair). Run by bench/node-sync.sh [scale]; excluded
 * from the normal build (tag "bench"). Prints lines starting with "node-sync"; asserts only that the
 * sync did its work (nothing left queued, a receipt per record, version 2 on the node).
 */
@Tag("bench")
class NodeSyncBench {

    static final long RATE = 256_000;
    static final String CARPENTRIES = "carpentries-instructor-training";
    static final String PASSWORD = "node-teacher-password-2026";

    private NodePair pair;

    @AfterEach
    void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void aSchoolDayUpAndANewVersionDown() throws Exception {
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        int teachers = Math.max(1, (int) Math.round(30 * scale));
        int attempts = Math.max(1, (int) Math.round(10 * scale));
        int submissionBytes = Integer.getInteger("bench.submission-kb", 2048) * 1024;
        int pages = Integer.getInteger("bench.pages", 150);
        long videoBytes = Long.getLong("bench.video-mb", 200) * 1024 * 1024;
        say("scale %s: %d teachers, %d items each, %d quiz attempts, %d submissions of %d KB; a %d MB video; "
                + "link %d kbit/s; load average %s", scale, teachers, pages + 16, attempts, teachers,
                submissionBytes / 1024, videoBytes >> 20, RATE / 1000, loadAverage());

        pair = NodePair.start("node-bench", 24, Map.of("surgalt.authoring.approvals-required", "0"),
                Map.of("quarkus.log.category.\"org.surgalt.node.client.NationalClient\".level", "DEBUG"));
        long cohort;
        try (Connection national = pair.nationalDb()) {
            cohort = NodePair.count(national, "SELECT id FROM cohort WHERE code = '" + BenchContent.COHORT + "'");
        }
        BenchContent content = new BenchContent(pair.nationalAdmin(), cohort);
        long started = System.nanoTime();
        content.publishFirstVersion(pages, videoBytes);
        content.importTeachers(teachers);
        say("national set-up (course, %d MB video, teachers): %.1f s", videoBytes >> 20, seconds(started));

        Phase first = Phase.begin(pair);
        pair.syncRound(Duration.ofMinutes(30));
        first.end("first version down, unthrottled link", null);
        assertEquals(1, versionOnNode(), "version 1 came down\n" + pair.node().logTail());

        List<NodePair.Browser> staff = signInTeachers(teachers);
        pair.link().rate(RATE);
        SchoolDay day = new SchoolDay(pair, staff);
        day.lessons();
        day.quizzes(attempts);
        Map<String, Long> made = new TreeMap<>(queuedByKind());
        long recordPayload = payloadOfQueued();
        Phase records = Phase.begin(pair);
        syncUntilSent(Duration.ofMinutes(30));
        records.end("up, records (" + made + ")", "records");

        day.submissions(submissionBytes);
        queuedByKind().forEach((kind, n) -> made.merge(kind, n, Long::sum));
        Phase files = Phase.begin(pair);
        long expected = (long) teachers * submissionBytes * 8 / RATE;
        syncUntilSent(Duration.ofSeconds(2 * expected + 600));
        files.end("up, submissions with their files", "files");
        Phase.total("up, the day: " + made.values().stream().mapToLong(Long::longValue).sum() + " records made on the node ("
                + recordPayload + " B as queued) and " + teachers + " files", records, files);

        Map<String, Long> receipts = receiptsByKind();
        say("receipts: national %s, made on the node %s: %s", receipts, made, receipts.equals(made) ? "equal" : "DIFFERENT");
        assertEquals(made, receipts, "a national receipt per record made on the node");

        content.publishChangedLesson();
        Phase down = Phase.begin(pair);
        pair.syncRound(Duration.ofMinutes(30));
        down.end("down, version 2 (one lesson changed, the video unchanged)", "down");
        assertEquals(2, versionOnNode(), "version 2 came down\n" + pair.node().logTail());
        say("down: file bytes fetched %d (the %d MB video unchanged); %s", down.filesFetched(), videoBytes >> 20,
                down.contentLine());
        say("done; load average %s", loadAverage());
    }

    /** The node's admin gives each teacher a node password; each signs in on the node (no link needed). */
    private List<NodePair.Browser> signInTeachers(int teachers) {
        List<NodePair.Browser> signedIn = new ArrayList<>();
        for (int n = 1; n <= teachers; n++) {
            pair.nodeAdmin().form().formParams(Map.of("email", BenchContent.teacher(n), "password", PASSWORD))
                    .post("/node/people/password").then().statusCode(303);
            signedIn.add(NodePair.Browser.signIn(pair.node(), BenchContent.teacher(n), PASSWORD));
        }
        return signedIn;
    }

    /** Rounds until the outbox is empty (one round normally; a cut would need another). */
    private void syncUntilSent(Duration timeout) throws Exception {
        for (int round = 0; round < 5; round++) {
            pair.syncRound(timeout);
            if (count("SELECT COUNT(*) FROM up_record") == 0) {
                return;
            }
        }
        fail("records still queued: " + pair.nodeText("SELECT GROUP_CONCAT(DISTINCT CONCAT(state, ': ', "
                + "COALESCE(detail, '')) SEPARATOR ' | ') FROM up_record"));
    }

    private long count(String sql) throws SQLException {
        try (Connection node = pair.nodeDb()) {
            return NodePair.count(node, sql);
        }
    }

    private long versionOnNode() throws SQLException {
        return count("SELECT COALESCE(MAX(version), 0) FROM node_course_copy WHERE code = '" + BenchContent.COURSE + "'");
    }

    private Map<String, Long> queuedByKind() throws SQLException {
        return grouped(pair.nodeDb(), "SELECT kind, COUNT(*) FROM up_record GROUP BY kind");
    }

    private long payloadOfQueued() throws SQLException {
        return count("SELECT COALESCE(SUM(LENGTH(payload)), 0) FROM up_record");
    }

    private Map<String, Long> receiptsByKind() throws SQLException {
        return grouped(pair.nationalDb(), "SELECT kind, COUNT(*) FROM node_record_receipt GROUP BY kind");
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (c; Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.put(r.getString(1), r.getLong(2));
            }
        }
        return rows;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String loadAverage() {
        try {
            String[] w = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return w[0] + " " + w[1] + " " + w[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static void say(String format, Object... args) {
        System.out.println("node-sync " + String.format(format, args));
        System.out.flush();
    }
}
