package org.surgalt.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.surgalt.node.sync.NodePair.DEMO_PASSWORD;
import static org.surgalt.node.sync.NodePair.count;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Link;

/**
 * Issue 24 end to end: a national server and a school node, each the packaged application with its own
 * embedded database, and between them a link process the test controls (testsupport/LinkProxy):
 * throttled to 256 kbit/s, cut at random points, with requests duplicated and reordered. The node is
 * set up the way an IT teacher sets it up (its first admin through the one-time setup link, the
 * enrolment code on /node/setup) and syncs with "Sync now".
 */
class NodeSyncIT {

    private NodePair pair;

    @AfterEach
    void stopEverything() {
        if (pair != null) {
            pair.close();
        }
    }

    static final String COURSE = "carpentries-instructor-training";
    static final String TEACHER = "teacher@demo.surgalt.mn";
    static final Path SUBMITTED_FILE = Path.of("src/test/resources/upload-torture/tika/testPDFVarious.pdf");

    @Test
    void aSchoolDayOnTheNodeReachesTheNationalServerThroughABadLinkWithNothingLostOrDuplicated() throws Exception {
        pair = NodePair.start("node-sync", 24, Map.of(), Map.of());
        // First round on a clean link: the school's people and the course come down.
        pair.syncRound(Duration.ofMinutes(5));
        long nodeCourse;
        try (Connection node = pair.nodeDb()) {
            nodeCourse = count(node, "SELECT id FROM course WHERE code = '" + COURSE + "'");
            assertEquals(1, count(node, "SELECT COUNT(*) FROM app_user WHERE email = '" + TEACHER + "'"),
                    "the teacher came down");
        }
        // The teacher signs in on the node (the first time through the link), then the link turns bad.
        NodePair.Browser teacher = NodePair.Browser.signIn(pair.node(), TEACHER, DEMO_PASSWORD);
        pair.link().rate(256_000).cuts(0.25, 40_000).duplicates(0.3).delay(300);

        // A lesson day on the node: every page opened, the assignment handed in with a file.
        List<long[]> items = new ArrayList<>();
        try (Connection node = pair.nodeDb(); Statement s = node.createStatement(); ResultSet r = s.executeQuery(
                "SELECT i.id, i.kind FROM item i JOIN course_module m ON m.id = i.module_id WHERE m.course_id = "
                        + nodeCourse + " ORDER BY m.position, i.position")) {
            while (r.next()) {
                items.add(new long[] {r.getLong(1), "ASSIGNMENT".equalsIgnoreCase(r.getString(2)) ? 1 : 0});
            }
        }
        assertTrue(items.size() > 5, "the course's items are on the node: " + items.size());
        for (long[] item : items) {
            teacher.given().accept("text/html").get("/courses/" + COURSE + "/items/" + item[0]).then()
                    .statusCode(200);
        }
        long assignment = items.stream().filter(i -> i[1] == 1).findFirst().orElseThrow()[0];
        teacher.given().redirects().follow(false).queryParam("_csrf", teacher.csrf())
                .multiPart("file", SUBMITTED_FILE.toFile(), "application/pdf")
                .post("/courses/" + COURSE + "/assignments/" + assignment + "/files/plain").then().statusCode(303);
        submitWhenInspected(teacher, nodeCourse, assignment);

        // Rounds over the bad link until the node has nothing left to send; many are cut on the way.
        for (int round = 0; round < 40 && queued(pair) > 0; round++) {
            pair.syncRound(Duration.ofMinutes(10));
        }
        assertEquals(0, queued(pair), "everything went up\n" + pair.nodeText(
                "SELECT GROUP_CONCAT(CONCAT(state, ': ', COALESCE(detail, '')) SEPARATOR ' | ') FROM up_record"));
        Link.Stats stats = pair.link().stats();
        assertTrue(stats.cuts() > 0, "the link cut some transfers: " + stats);
        assertTrue(stats.dups() > 0, "the link duplicated some requests: " + stats);

        long nationalTeacher;
        long nationalCourse;
        try (Connection national = pair.nationalDb()) {
            nationalTeacher = count(national, "SELECT id FROM app_user WHERE email = '" + TEACHER + "'");
            nationalCourse = count(national, "SELECT id FROM course WHERE code = '" + COURSE + "'");
        }
        // Zero lost, zero duplicated: the node's facts are the national server's, one for one.
        List<String> nodeFacts = facts(pair.nodeDb(), "SELECT CONCAT(l.national_id, ' ', f.kind, ' ', "
                + "COALESCE(f.score, '-')) FROM completion_fact f JOIN node_link l ON l.kind = 'ITEM' AND l.local_id = "
                + "f.item_id WHERE f.source <> 'national' AND f.user_id = (SELECT id FROM app_user WHERE email = '"
                + TEACHER + "') ORDER BY 1");
        List<String> nationalFacts = facts(pair.nationalDb(), "SELECT CONCAT(f.item_id, ' ', f.kind, ' ', "
                + "COALESCE(f.score, '-')) FROM completion_fact f WHERE f.user_id = " + nationalTeacher
                + " AND f.course_id = " + nationalCourse + " AND EXISTS (SELECT 1 FROM node_record_receipt r "
                + "WHERE r.kind = 'FACT' AND r.national_id = f.id) ORDER BY 1");
        assertTrue(nodeFacts.size() >= items.size(), "facts made on the node: " + nodeFacts.size());
        assertEquals(nodeFacts, nationalFacts);
        try (Connection national = pair.nationalDb()) {
            assertEquals(nodeFacts.size(), count(national, "SELECT COUNT(*) FROM node_record_receipt WHERE kind = 'FACT'"),
                    "one receipt per record");
            // The file, byte for byte: the national copy hashes to the node's.
            String nodeSha = pair.nodeText("SELECT f.sha256 FROM submission_file f JOIN submission s ON s.id = "
                    + "f.submission_id WHERE s.item_id = " + assignment);
            assertEquals(sha256(java.nio.file.Files.readAllBytes(SUBMITTED_FILE)), nodeSha);
            assertEquals(1, count(national, "SELECT COUNT(*) FROM submission_file f JOIN submission s ON s.id = "
                    + "f.submission_id WHERE s.learner_id = " + nationalTeacher + " AND f.sha256 = '" + nodeSha + "'"));
        }
        // The dashboards agree: the teacher's progress in the course is the same number on both sides.
        NodePair.Browser nodeAdmin = pair.nodeAdmin();
        long nodeTeacher = Long.parseLong(pair.nodeText("SELECT id FROM app_user WHERE email = '" + TEACHER + "'"));
        int onNode = nodeAdmin.given().accept("application/json")
                .get("/api/progress/courses/" + nodeCourse + "/learners/" + nodeTeacher).then().statusCode(200)
                .extract().path("percent");
        int nationally = pair.nationalAdmin().given().accept("application/json")
                .get("/api/progress/courses/" + nationalCourse + "/learners/" + nationalTeacher).then()
                .statusCode(200).extract().path("percent");
        assertEquals(onNode, nationally, "the same progress on the node and nationally");
        assertTrue(onNode > 0);
    }

    private static long queued(NodePair pair) throws SQLException {
        try (Connection node = pair.nodeDb()) {
            return count(node, "SELECT COUNT(*) FROM up_record WHERE state IN ('QUEUED', 'HELD')");
        }
    }

    private static List<String> facts(Connection c, String sql) throws SQLException {
        try (c; Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1));
            }
            return rows;
        }
    }

    /** The file waits for inspection (Tika, a job) before the submission can be handed in. */
    private static void submitWhenInspected(NodePair.Browser teacher, long courseId, long itemId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = teacher.given().contentType(ContentType.JSON).body(Map.of("body", "My lesson plan"))
                    .post("/api/courses/" + courseId + "/assignments/" + itemId + "/submission/submit")
                    .then().extract().statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the submission was not accepted: " + status);
    }

    static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aNodeEnrolsAndSyncsThroughABadLink() throws Exception {
        pair = NodePair.start("node-sync", 24, Map.of(), Map.of());
        try (Connection node = pair.nodeDb()) {
            assertEquals(1, count(node, "SELECT COUNT(*) FROM node_identity"), "enrolled through the link");
        }
        pair.link().rate(256_000).cuts(0.3, 20_000).duplicates(0.3).delay(300);
        pair.syncRound(Duration.ofMinutes(5));
        assertTrue(pair.link().stats().connections() > 0, "the round went over the link");
    }
}
