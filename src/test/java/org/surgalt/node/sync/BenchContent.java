package org.surgalt.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What NodeSyncBench puts on the national server, through its API as the demo admin: teachers of the
 * node's school in the demo cohort, a course of many lessons and one large video, a second version
 * with one lesson changed; and the files the teachers hand in (distinct PDFs that pass inspection).
 */
final class BenchContent {

    static final String COHORT = "target-schools-spring-2026";
    static final String COURSE = "node-bench-lessons";
    static final Path MP4 = Path.of("src/test/resources/upload-torture/tika/testMP4Video.mp4");
    private static final int PATCH = 8 * 1024 * 1024;

    private final NodePair.Browser admin;
    private final long cohortId;
    private long courseId;
    private long moduleId;
    private long firstPage;

    BenchContent(NodePair.Browser admin, long cohortId) {
        this.admin = admin;
        this.cohortId = cohortId;
    }

    static String teacher(int n) {
        return String.format("bench.teacher%02d@khovd.example.mn", n);
    }

    /** {@code count} teachers of the node's school enrolled in the demo cohort (CSV import). */
    void importTeachers(int count) {
        StringBuilder csv = new StringBuilder("email,name,institution_code,locale\n");
        for (int n = 1; n <= count; n++) {
            csv.append(teacher(n)).append(",Bench teacher ").append(n).append(',').append(NodePair.SCHOOL)
                    .append(",en\n");
        }
        admin.given().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/cohorts/" + cohortId + "/members/import?dryRun=false").then().statusCode(200);
    }

    /** The course: {@code pages} lessons and a video of {@code videoBytes}, published as version 1 and in the cohort. */
    void publishFirstVersion(int pages, long videoBytes) throws IOException, InterruptedException {
        courseId = admin.given().contentType(ContentType.JSON).body(Map.of("code", COURSE, "language", "en",
                "title", Map.of("en", "A school day", "mn", "Сургуулийн өдөр"))).post("/api/courses").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        moduleId = admin.given().contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "Lessons", "mn",
                "Хичээлүүд"))).post("/api/courses/" + courseId + "/modules").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        for (int n = 1; n <= pages; n++) {
            long id = addItem(Map.of("kind", "page", "title", Map.of("en", "Lesson " + n, "mn", "Хичээл " + n),
                    "body", Map.of("en", lesson(n, 1), "mn", lesson(n, 1))));
            firstPage = n == 1 ? id : firstPage;
        }
        addQuiz();
        String upload = uploadVideo(videoBytes);
        addItem(Map.of("kind", "video", "title", Map.of("en", "The lab at work", "mn", "Лаборатори"),
                "upload", upload));
        publish();
        admin.given().contentType(ContentType.JSON).body(Map.of("course", COURSE))
                .post("/api/cohorts/" + cohortId + "/courses").then().statusCode(200);
    }

    /** Version 2: the first lesson's text changed, the video and every other lesson as they were. */
    void publishChangedLesson() {
        String path = "/api/courses/" + courseId + "/modules/" + moduleId + "/items/" + firstPage;
        JsonPath item = admin.given().accept(ContentType.JSON).get(path + "?version=draft").then().statusCode(200)
                .extract().jsonPath();
        admin.given().contentType(ContentType.JSON).body(Map.of("version", item.getLong("version"),
                "title", Map.of("en", "Lesson 1", "mn", "Хичээл 1"),
                "body", Map.of("en", lesson(1, 2), "mn", lesson(1, 2)), "completion", "viewed"))
                .put(path).then().statusCode(200);
        publish();
    }

    /** A quiz of five single-choice questions (the sample course's quiz has none). */
    private void addQuiz() {
        long quiz = addItem(Map.of("kind", "quiz", "title", Map.of("en", "Check yourself", "mn", "Өөрийгөө шалгах")));
        List<Long> pool = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            pool.add(admin.given().contentType(ContentType.JSON).body(Map.of("kind", "single_choice",
                    "prompt", "Which soum is number " + n + "?", "options", List.of(
                            Map.of("text", "Buyant", "correct", true), Map.of("text", "Jargalant", "correct", false),
                            Map.of("text", "Myangad", "correct", false))))
                    .post("/api/courses/" + courseId + "/questions").then().statusCode(201).extract().jsonPath()
                    .getLong("id"));
        }
        admin.given().contentType(ContentType.JSON).body(Map.of("questions", pool, "review", "answers"))
                .put("/api/courses/" + courseId + "/quizzes/" + quiz).then().statusCode(200);
    }

    private void publish() {
        admin.given().contentType(ContentType.JSON).post("/api/courses/" + courseId + "/versions").then()
                .statusCode(201);
    }

    private long addItem(Map<String, Object> item) {
        return admin.given().contentType(ContentType.JSON).body(item)
                .post("/api/courses/" + courseId + "/modules/" + moduleId + "/items").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** About a kilobyte of Markdown, different for every lesson and edition. */
    static String lesson(int n, int edition) {
        StringBuilder text = new StringBuilder("# Lesson " + n + " (edition " + edition + ")\n\n");
        Random random = new Random(n * 31L + edition);
        while (text.length() < 1000) {
            text.append("Pupils ").append(List.of("read", "count", "draw", "measure", "discuss").get(random.nextInt(5)))
                    .append(" item ").append(random.nextInt(1000)).append(" with their teacher. ");
        }
        return text.toString();
    }

    /**
     * The sample MP4 followed by a "free" box of random bytes (which players and Tika skip) up to
     * {@code size}, sent by tus in 8 MiB PATCHes; waits for the inspection and returns the upload's id.
     */
    private String uploadVideo(long size) throws IOException, InterruptedException {
        byte[] head = Files.readAllBytes(MP4);
        long free = size - head.length;
        String location = admin.given().header("Tus-Resumable", "1.0.0").header("Upload-Length", String.valueOf(size))
                .header("Upload-Metadata", "filename " + b64("lab.mp4") + ",kind " + b64("video"))
                .post("/api/uploads").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(200);
        long offset = 0;
        while (offset < size) {
            ByteArrayOutputStream piece = new ByteArrayOutputStream();
            if (offset == 0) {
                piece.write(head);
                piece.write(new byte[] {(byte) (free >>> 24), (byte) (free >>> 16), (byte) (free >>> 8), (byte) free});
                piece.write("free".getBytes(StandardCharsets.US_ASCII));
            }
            byte[] noise = new byte[(int) Math.min(PATCH - piece.size(), size - offset - piece.size())];
            random.nextBytes(noise);
            piece.write(noise);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(admin.baseUri()
                    + "/api/uploads/" + id)).method("PATCH", HttpRequest.BodyPublishers.ofByteArray(piece.toByteArray()))
                    .header("Tus-Resumable", "1.0.0").header("Upload-Offset", Long.toString(offset))
                    .header("Content-Type", "application/offset+octet-stream").header("X-CSRF-Token", admin.csrf())
                    .header("Cookie", "surgalt-session=" + admin.session() + "; surgalt-csrf=" + admin.csrf())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, answer.statusCode(), answer.body());
            offset += piece.size();
        }
        awaitInspection(id);
        return id;
    }

    private void awaitInspection(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath status = admin.given().accept(ContentType.JSON).get("/api/uploads/" + id).then().statusCode(200)
                    .extract().jsonPath();
            if ("READY".equals(status.getString("processing"))) {
                return;
            }
            if ("REJECTED".equals(status.getString("processing"))) {
                fail("the video was rejected: " + status.getString("rejectedBecause"));
            }
            Thread.sleep(1000);
        }
        fail("the video was not inspected within 10 minutes");
    }

    /**
     * A PDF of one page saying whose lesson plan it is, with an unreferenced stream of random bytes
     * (as a scanned image would be: incompressible) making it {@code size} bytes or a few more; distinct per seed.
     */
    static byte[] lessonPlan(String owner, int size, long seed) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(pdf, "%PDF-1.4\n");
        String text = "BT /F1 14 Tf 72 770 Td (Lesson plan of " + owner + ") Tj ET";
        object(pdf, offsets, "<< /Type /Catalog /Pages 2 0 R >>");
        object(pdf, offsets, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        object(pdf, offsets, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >>");
        object(pdf, offsets, "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        object(pdf, offsets, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        byte[] noise = new byte[Math.max(0, size - 900)];
        new Random(seed).nextBytes(noise);
        offsets.add(pdf.size());
        write(pdf, (offsets.size()) + " 0 obj\n<< /Length " + noise.length + " >>\nstream\n");
        pdf.writeBytes(noise);
        write(pdf, "\nendstream\nendobj\n");
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static void object(ByteArrayOutputStream pdf, List<Integer> offsets, String body) {
        offsets.add(pdf.size());
        write(pdf, offsets.size() + " 0 obj\n" + body + "\nendobj\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
