package org.surgalt.node.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Link;

/**
 * Issue 24 end to end: a national server and a school node, each the packaged application with its own
 * embedded database, and between them a link process the test controls (testsupport/LinkProxy):
 * throttled to 256 kbit/s, cut at random points, with requests duplicated and reordered. The node is
 * set up the way an IT teacher sets it up (NodePair) and syncs with "Sync now".
 */
@SuppressWarnings("unchecked")
class NodeSyncIT {

    static final String COURSE = "carpentries-instructor-training";
    static final String TEACHER = "teacher@demo.surgalt.mn";
    static final Path SUBMITTED_FILE = Path.of("src/test/resources/upload-torture/tika/testPDFVarious.pdf");

    @Test
    void aSchoolDayOnTheNodeReachesTheNationalServerThroughABadLinkWithNothingLostOrDuplicated() throws Exception {
        try (NodePair pair = NodePair.start("node-sync", 24, Map.of("surgalt.authoring.approvals-required", "0"),
                Map.of())) {
            aSchoolDay(pair);
        }
    }

    private void aSchoolDay(NodePair pair) throws Exception {
        // The sample course's quiz gets two questions nationally (its settings travel with the course).
        giveTheQuizQuestions(pair);
        // First round on a clean link: the school's people and the course come down.
        pair.syncRound(Duration.ofMinutes(5));
        long nodeCourse;
        try (Connection node = pair.nodeDb()) {
            nodeCourse = NodePair.count(node, "SELECT id FROM course WHERE code = '" + COURSE + "'");
            assertEquals(1, NodePair.count(node, "SELECT COUNT(*) FROM app_user WHERE email = '" + TEACHER + "'"),
                    "the teacher came down");
        }
        // The teacher signs in on the node (the first time through the link), then the link turns bad.
        NodePair.Browser teacher = NodePair.Browser.signIn(pair.node(), TEACHER, NodePair.DEMO_PASSWORD);
        pair.link().rate(256_000).cuts(0.3, 30_000).duplicates(0.3).delay(300);

        // A lesson day on the node: every page opened, the assignment handed in with a file.
        List<long[]> items = new ArrayList<>();
        try (Connection node = pair.nodeDb(); Statement s = node.createStatement(); ResultSet r = s.executeQuery(
                "SELECT i.id, i.kind FROM item i JOIN course_module m ON m.id = i.module_id WHERE m.course_id = "
                        + nodeCourse + " ORDER BY m.position, i.position")) {
            while (r.next()) {
                String kind = r.getString(2);
                items.add(new long[] {r.getLong(1), "ASSIGNMENT".equalsIgnoreCase(kind) ? 1 : "QUIZ".equalsIgnoreCase(kind) ? 2 : 0});
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
        long quiz = items.stream().filter(i -> i[1] == 2).findFirst().orElseThrow()[0];
        takeQuiz(teacher, nodeCourse, quiz);

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
            nationalTeacher = NodePair.count(national, "SELECT id FROM app_user WHERE email = '" + TEACHER + "'");
            nationalCourse = NodePair.count(national, "SELECT id FROM course WHERE code = '" + COURSE + "'");
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
            assertEquals(nodeFacts.size(), NodePair.count(national, "SELECT COUNT(*) FROM node_record_receipt WHERE kind = 'FACT'"),
                    "one receipt per record");
            // The file, byte for byte: the national copy hashes to the node's.
            String nodeSha = pair.nodeText("SELECT f.sha256 FROM submission_file f JOIN submission s ON s.id = "
                    + "f.submission_id WHERE s.item_id = " + assignment);
            assertEquals(sha256(java.nio.file.Files.readAllBytes(SUBMITTED_FILE)), nodeSha);
            assertEquals(1, NodePair.count(national, "SELECT COUNT(*) FROM submission_file f JOIN submission s ON s.id = "
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
        try (Connection national = pair.nationalDb()) {
            assertEquals(1, NodePair.count(national, "SELECT COUNT(*) FROM quiz_attempt WHERE user_id = " + nationalTeacher
                    + " AND submitted_at IS NOT NULL"), "the quiz attempt went up once");
        }

        // Results come down: a national grader grades the submission made on the node.
        long nationalSubmission;
        try (Connection national = pair.nationalDb()) {
            nationalSubmission = NodePair.count(national, "SELECT id FROM submission WHERE learner_id = " + nationalTeacher
                    + " AND course_id = " + nationalCourse);
        }
        long version = ((Number) pair.nationalAdmin().given().get("/api/courses/" + nationalCourse + "/submissions/"
                + nationalSubmission).then().statusCode(200).extract().path("version")).longValue();
        pair.nationalAdmin().given().contentType(ContentType.JSON)
                .body(Map.of("version", version, "points", 8, "feedback", "Сайн эргэцүүлэл"))
                .post("/api/courses/" + nationalCourse + "/submissions/" + nationalSubmission + "/grade")
                .then().statusCode(200);
        // And a second version of the course: one lesson changed.
        long lesson = items.stream().filter(i -> i[1] == 0).findFirst().orElseThrow()[0];
        long nationalLesson;
        try (Connection node = pair.nodeDb()) {
            nationalLesson = NodePair.count(node, "SELECT national_id FROM node_link WHERE kind = 'ITEM' AND local_id = " + lesson);
        }
        editLesson(pair.nationalAdmin(), nationalCourse, nationalLesson);
        pair.nationalAdmin().given().post("/api/courses/" + nationalCourse + "/versions").then().statusCode(201);
        List<String> linksBefore = facts(pair.nodeDb(), "SELECT CONCAT(local_id, '=', national_id) FROM node_link "
                + "WHERE kind = 'ITEM' ORDER BY 1");

        for (int round = 0; round < 20 && !(graded(pair) && versionOnNode(pair) == 2); round++) {
            Thread.sleep(1000);
            pair.syncRound(Duration.ofMinutes(10));
        }
        assertTrue(graded(pair), "the grade came down\n" + pair.node().logTail());
        assertEquals("8 Сайн эргэцүүлэл", pair.nodeText("SELECT CONCAT(points, ' ', feedback) FROM submission WHERE item_id = "
                + assignment));
        assertEquals(2, versionOnNode(pair), "the second version came down");
        assertTrue(pair.nodeText("SELECT body_en FROM item WHERE id = " + lesson).contains("Changed nationally"),
                "the changed lesson is the node's");
        assertEquals(linksBefore, facts(pair.nodeDb(), "SELECT CONCAT(local_id, '=', national_id) FROM node_link "
                + "WHERE kind = 'ITEM' ORDER BY 1"), "every item kept its id on the node");
        int afterOnNode = nodeAdmin.given().accept("application/json")
                .get("/api/progress/courses/" + nodeCourse + "/learners/" + nodeTeacher).then().statusCode(200)
                .extract().path("percent");
        int afterNationally = pair.nationalAdmin().given().accept("application/json")
                .get("/api/progress/courses/" + nationalCourse + "/learners/" + nationalTeacher).then()
                .statusCode(200).extract().path("percent");
        assertEquals(afterNationally, afterOnNode, "still the same progress after the grade and the new version");

        // No leftovers after all the cut rounds: no outbox row, no partial file on either side, and
        // one receipt per record the node made.
        try (Connection node = pair.nodeDb(); Connection national = pair.nationalDb()) {
            assertEquals(0, NodePair.count(node, "SELECT COUNT(*) FROM up_record"));
            long nodeMade = NodePair.count(node, "SELECT COUNT(*) FROM node_link WHERE kind IN ('SUBMISSION', 'ATTEMPT')")
                    + nodeFacts.size();
            assertTrue(NodePair.count(national, "SELECT COUNT(*) FROM node_record_receipt") >= nodeMade,
                    "every record has its receipt");
            assertEquals(NodePair.count(national, "SELECT COUNT(*) FROM node_record_receipt"),
                    NodePair.count(national, "SELECT COUNT(DISTINCT uid) FROM node_record_receipt"));
        }
        assertEquals(List.of(), leftovers(pair.home().resolve("node/data/assets/node-downloads")));
        assertEquals(List.of(), leftovers(pair.home().resolve("national/data/assets/node-uploads")));
    }

    private static boolean graded(NodePair pair) throws SQLException {
        return "GRADED".equals(pair.nodeText("SELECT s.state FROM submission s JOIN node_link l ON l.kind = 'SUBMISSION' "
                + "AND l.local_id = s.id"));
    }

    private static long versionOnNode(NodePair pair) throws SQLException {
        try (Connection node = pair.nodeDb()) {
            return NodePair.count(node, "SELECT COALESCE(MAX(v.number), 0) FROM course_version v JOIN course c ON c.id = "
                    + "v.course_id WHERE c.code = '" + COURSE + "'");
        }
    }

    /** Regular files left under a directory (none when it does not exist). */
    private static List<String> leftovers(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).map(Path::toString).toList();
        }
    }

    /** A national author changes one lesson's English text in the draft. */
    private static void editLesson(NodePair.Browser admin, long courseId, long itemId) {
        List<Map<String, Object>> modules = admin.given().get("/api/courses/" + courseId + "/modules?version=draft")
                .then().statusCode(200).extract().path("$");
        long module = modules.stream().filter(m -> ((List<Map<String, Object>>) m.get("items")).stream()
                .anyMatch(i -> ((Number) i.get("id")).longValue() == itemId)).map(m -> ((Number) m.get("id")).longValue())
                .findFirst().orElseThrow();
        String path = "/api/courses/" + courseId + "/modules/" + module + "/items/" + itemId;
        Map<String, Object> item = admin.given().get(path + "?version=draft").then().statusCode(200).extract().path("$");
        Map<String, Object> title = (Map<String, Object>) item.get("title");
        Map<String, Object> body = new java.util.HashMap<>((Map<String, Object>) item.get("body"));
        body.put("en", body.get("en") + "\n\nChanged nationally for the second version.");
        Map<String, Object> change = new java.util.HashMap<>();
        change.put("version", item.get("version"));
        change.put("title", title);
        change.put("body", body);
        change.put("completion", item.get("completion"));
        change.put("required", item.get("required"));
        admin.given().contentType(ContentType.JSON).body(change).put(path).then().statusCode(200);
    }

    private static void giveTheQuizQuestions(NodePair pair) throws SQLException {
        long course;
        long quiz;
        try (Connection national = pair.nationalDb()) {
            course = NodePair.count(national, "SELECT id FROM course WHERE code = '" + COURSE + "'");
            quiz = NodePair.count(national, "SELECT i.id FROM item i JOIN course_module m ON m.id = i.module_id WHERE m.course_id = "
                    + course + " AND i.kind = 'QUIZ' ORDER BY m.position, i.position LIMIT 1");
        }
        List<Long> questions = new ArrayList<>();
        questions.add(((Number) pair.nationalAdmin().given().contentType(ContentType.JSON).body(Map.of("kind", "single_choice",
                "prompt", "Who is an expert?", "points", 1, "options", List.of(Map.of("text", "Someone with a connected "
                        + "mental model", "correct", true), Map.of("text", "Someone who read a book", "correct", false))))
                .post("/api/courses/" + course + "/questions").then().statusCode(201).extract().path("id")).longValue());
        questions.add(((Number) pair.nationalAdmin().given().contentType(ContentType.JSON).body(Map.of("kind", "true_false",
                "prompt", "Feedback helps learners build skill.", "points", 1, "truth", true))
                .post("/api/courses/" + course + "/questions").then().statusCode(201).extract().path("id")).longValue());
        pair.nationalAdmin().given().contentType(ContentType.JSON).body(Map.of("questions", questions, "review", "score"))
                .put("/api/courses/" + course + "/quizzes/" + quiz).then().statusCode(200);
    }

    /** An attempt at the quiz on the node: every question answered with its first option (or true). */
    private static void takeQuiz(NodePair.Browser teacher, long courseId, long itemId) {
        String base = "/api/courses/" + courseId + "/quizzes/" + itemId + "/attempts";
        io.restassured.response.Response started = teacher.given().contentType(ContentType.JSON).post(base);
        assertTrue(started.statusCode() == 200 || started.statusCode() == 201, started.asString());
        long attempt = ((Number) started.path("id")).longValue();
        List<Map<String, Object>> questions = started.path("questions");
        Map<String, List<String>> answers = new java.util.HashMap<>();
        for (Map<String, Object> q : questions) {
            List<Map<String, Object>> options = (List<Map<String, Object>>) q.get("options");
            answers.put(String.valueOf(q.get("id")), options == null || options.isEmpty() ? List.of("true")
                    : List.of(String.valueOf(options.get(0).get("id"))));
        }
        teacher.given().contentType(ContentType.JSON).body(Map.of("answers", answers)).post(base + "/" + attempt
                + "/submission").then().statusCode(200);
    }

    private static long queued(NodePair pair) throws SQLException {
        try (Connection node = pair.nodeDb()) {
            return NodePair.count(node, "SELECT COUNT(*) FROM up_record WHERE state IN ('QUEUED', 'HELD')");
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
}
