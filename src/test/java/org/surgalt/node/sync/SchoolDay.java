package org.surgalt.node.sync;

import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The teachers' day on the node for NodeSyncBench, through the node's pages and API as a browser
 * does it: every lesson of both courses opened (a VIEWED fact each), quiz attempts, and an
 * assignment handed in with a lesson plan (a PDF) by every teacher.
 */
final class SchoolDay {

    /** An item on the node: its course's code and local id, its own local id and kind. */
    record Item(String course, long courseId, long id, String kind) {
    }

    private final NodePair pair;
    private final List<NodePair.Browser> teachers;
    private final List<Item> items = new ArrayList<>();

    SchoolDay(NodePair pair, List<NodePair.Browser> teachers) throws SQLException {
        this.pair = pair;
        this.teachers = teachers;
        try (Connection node = pair.nodeDb(); Statement s = node.createStatement(); ResultSet r = s.executeQuery(
                "SELECT c.code, c.id, i.id, i.kind FROM item i JOIN course_module m ON m.id = i.module_id "
                        + "JOIN course c ON c.id = m.course_id WHERE c.code IN ('" + BenchContent.COURSE + "', '"
                        + NodeSyncBench.CARPENTRIES + "') ORDER BY c.code, m.position, i.position")) {
            while (r.next()) {
                items.add(new Item(r.getString(1), r.getLong(2), r.getLong(3), r.getString(4).toUpperCase()));
            }
        }
    }

    /** Each teacher opens every item of both courses. */
    void lessons() {
        for (NodePair.Browser teacher : teachers) {
            for (Item item : items) {
                teacher.given().accept("text/html").get("/courses/" + item.course() + "/items/" + item.id()).then()
                        .statusCode(200);
            }
        }
    }

    /** The first {@code count} teachers take the bench course's quiz once, choosing each question's first option. */
    void quizzes(int count) {
        Item quiz = only("QUIZ", BenchContent.COURSE);
        String base = "/api/courses/" + quiz.courseId() + "/quizzes/" + quiz.id() + "/attempts";
        for (NodePair.Browser teacher : teachers.subList(0, Math.min(count, teachers.size()))) {
            JsonPath attempt = teacher.given().contentType(ContentType.JSON).post(base).then().statusCode(201)
                    .extract().jsonPath();
            Map<String, List<String>> answers = new HashMap<>();
            List<Map<String, Object>> questions = attempt.getList("questions");
            for (Map<String, Object> question : questions) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> options = (List<Map<String, Object>>) question.get("options");
                if (options != null && !options.isEmpty()) {
                    answers.put(question.get("id").toString(), List.of(options.get(0).get("id").toString()));
                }
            }
            teacher.given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                    .post(base + "/" + attempt.getLong("id") + "/submission").then().statusCode(200);
        }
    }

    /** Every teacher hands in the sample course's assignment with a lesson plan of {@code bytes}. */
    void submissions(int bytes) throws InterruptedException {
        Item assignment = only("ASSIGNMENT", NodeSyncBench.CARPENTRIES);
        for (int n = 0; n < teachers.size(); n++) {
            NodePair.Browser teacher = teachers.get(n);
            byte[] pdf = BenchContent.lessonPlan(BenchContent.teacher(n + 1), bytes, n + 1);
            teacher.given().redirects().follow(false).queryParam("_csrf", teacher.csrf())
                    .multiPart("file", "lesson-plan-" + (n + 1) + ".pdf", pdf, "application/pdf")
                    .post("/courses/" + assignment.course() + "/assignments/" + assignment.id() + "/files/plain")
                    .then().statusCode(303);
        }
        for (NodePair.Browser teacher : teachers) {
            submitWhenInspected(teacher, assignment);
        }
    }

    private Item only(String kind, String course) {
        return items.stream().filter(i -> i.kind().equals(kind) && i.course().equals(course))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " on the node: " + items));
    }

    /** The file waits for inspection (Tika, a job on the node) before the submission can be handed in. */
    private void submitWhenInspected(NodePair.Browser teacher, Item assignment) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int status = 0;
        String answer = "";
        while (System.nanoTime() < deadline) {
            var response = teacher.given().contentType(ContentType.JSON).body(Map.of("body", "My lesson plan"))
                    .post("/api/courses/" + assignment.courseId() + "/assignments/" + assignment.id()
                            + "/submission/submit");
            status = response.statusCode();
            if (status == 200) {
                return;
            }
            answer = response.asString();
            Thread.sleep(500);
        }
        fail("the submission was not accepted: " + status + " " + answer + "\n" + pair.node().logTail());
    }
}
