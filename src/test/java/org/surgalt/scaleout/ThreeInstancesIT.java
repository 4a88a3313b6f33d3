package org.surgalt.scaleout;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.scaleout.Instances.generatedKey;
import static org.surgalt.scaleout.Instances.single;
import static org.surgalt.scaleout.Instances.states;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.EmbeddedMariaDb;
import org.surgalt.testsupport.PackagedApp;

/**
 * Three instances of the packaged application (target/quarkus-app) on loopback ports, sharing one
 * MariaDB, one asset directory and one session key from configuration (SURGALT_SESSION_KEY), and
 * nothing else: each runs in its own working directory, so no data/session.key file is shared. A
 * client may reach any instance with any request, as behind a load balancer without sticky sessions.
 */
class ThreeInstancesIT {

    private static final Logger LOG = Logger.getLogger(ThreeInstancesIT.class);
    private static final String PASSWORD = "surgalt-demo-2026";
    private static final String COURSE = "carpentries-instructor-training";
    private static final int JOBS = 1000;
    private static final Duration JOBS_TIMEOUT = Duration.ofSeconds(120);

    private static final Path HOME = PackagedApp.itDir().resolve("three");
    private static final Path DATA_DIR = HOME.resolve("db").toAbsolutePath().normalize();
    private static final Path ASSETS = HOME.resolve("assets").toAbsolutePath().normalize();
    private static final List<PackagedApp> APPS = new ArrayList<>();

    private static GreenMail smtp;
    private static String jdbcUrl;

    @BeforeAll
    static void startThreeInstancesOnOneDatabase() throws Exception {
        PackagedApp.deleteRecursively(HOME);
        Files.createDirectories(ASSETS);
        smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        jdbcUrl = EmbeddedMariaDb.start(DATA_DIR, 0, "surgalt_three", true);

        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String sessionKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        // All three start at once on the empty database, as replicas of a deployment do.
        for (int n = 1; n <= 3; n++) {
            APPS.add(launch(n, sessionKey));
        }
        // Three JVMs starting on two CPUs (CI's) take a while; they wait for each other's start-up writes too.
        APPS.forEach(app -> app.awaitReady(Duration.ofMinutes(5)));
    }

    private static PackagedApp launch(int n, String sessionKey) throws IOException {
        // Which instance sent a mail is in its From.
        Map<String, String> env = Instances.env(jdbcUrl, sessionKey, ASSETS, smtp, from(n));
        // Publishing without a review, so that one admin can publish from one instance.
        env.put("SURGALT_AUTHORING_APPROVALS_REQUIRED", "0");
        // An instance claims as many due jobs as it has idle workers, every poll interval (2 s, at least
        // 1 s): with the default 4 workers the three would take almost three minutes for 1,000 jobs.
        env.put("SURGALT_JOBS_POLL_INTERVAL", "1s");
        env.put("SURGALT_JOBS_WORKERS", "16");
        return PackagedApp.launch("three-" + n, HOME.resolve("instance-" + n), env, Map.of());
    }

    private static String from(int n) {
        return "instance-" + n + "@three.surgalt.test";
    }

    @AfterAll
    static void stopEverything() {
        // Stopped together: SIGTERM to all, SIGKILL to any still running after 20 s.
        APPS.parallelStream().forEach(app -> app.stop(Duration.ofSeconds(20)));
        if (smtp != null) {
            smtp.stop();
        }
        PackagedApp.stopMariaDb(DATA_DIR);
    }

    private static PackagedApp instance(int n) {
        return APPS.get(n - 1);
    }

    // --- (0) started together on an empty database, they set it up once -------------------------------

    /** Each instance migrates, imports the samples and schedules the demo sessions unless another did. */
    @Test
    void startedTogetherOnAnEmptyDatabaseTheySetItUpOnce() throws Exception {
        Pattern report = Pattern.compile("Sample courses: (\\d+) imported, (\\d+) there already, (\\d+) with problems");
        int imported = 0;
        for (PackagedApp app : APPS) {
            Matcher matcher = report.matcher(app.log());
            assertTrue(matcher.find(), "no sample import report in " + app.name() + "\n" + app.logTail());
            assertEquals("0", matcher.group(3), "problems importing on " + app.name() + "\n" + app.log());
            imported += Integer.parseInt(matcher.group(1));
        }
        assertEquals(1, imported, "the sample course is imported by one instance");
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            assertEquals(1, count(c, "SELECT COUNT(*) FROM course WHERE code = '" + COURSE + "'"));
            assertEquals(2, count(c, "SELECT COUNT(*) FROM f2f_session s JOIN course co ON co.id = s.course_id"
                    + " WHERE co.code = '" + COURSE + "'"), "the two demo sessions, scheduled once");
        }
    }

    // --- (1) a session started on one instance is used on the others --------------------------------

    @Test
    void aSessionStartedOnOneInstanceIsUsedOnTheOthers() {
        Session teacher = signIn(instance(1), "teacher@demo.surgalt.mn");
        for (int n = 1; n <= 3; n++) {
            teacher.on(instance(n)).accept("text/html").get("/home")
                    .then().statusCode(200)
                    .body(containsString("<span class=\"who\">Батбаярын Болд</span>"));
        }
        // Without the cookie the same page asks to sign in.
        given().baseUri(instance(2).baseUri()).redirects().follow(false).accept("text/html").get("/home")
                .then().statusCode(anyOf(equalTo(302), equalTo(303))).header("Location", containsString("/login"));

        // A form post protected against CSRF, on another instance than the one that issued the token...
        teacher.on(instance(2)).redirects().follow(false).contentType(ContentType.URLENC)
                .queryParam("_csrf", teacher.csrf())
                .formParam("kind", "feedback-released", "extension-granted")
                .post("/account/notifications")
                .then().statusCode(303);
        // ... whose effect the third instance shows...
        String page = teacher.on(instance(3)).accept("text/html").get("/account/notifications")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("value=\"feedback-released\" checked"), page);
        assertTrue(page.contains("value=\"deadline-soon\">"), "deadline-soon must be off now:\n" + page);
        // ... and which is refused there without the token: the check is real on every instance.
        given().baseUri(instance(3).baseUri()).redirects().follow(false)
                .cookie("surgalt-session", teacher.session()).cookie("surgalt-csrf", teacher.csrf())
                .contentType(ContentType.URLENC).formParam("kind", "deadline-soon")
                .post("/account/notifications")
                .then().statusCode(403);
        teacher.on(instance(1)).accept("text/html").get("/account/notifications")
                .then().statusCode(200).body(containsString("value=\"deadline-soon\">"));
    }

    @Test
    void aSessionEndedOnOneInstanceIsRefusedAtOnceOnTheOthers() {
        Session lab = signIn(instance(1), "teacher.en@demo.surgalt.mn");
        Session phone = signIn(instance(2), "teacher.en@demo.surgalt.mn");
        for (int n = 1; n <= 3; n++) {
            lab.on(instance(n)).get("/api/me").then().statusCode(200);
        }
        // Signing out on instance 1: the cookie, replayed anywhere, no longer signs anyone in.
        lab.on(instance(1)).redirects().follow(false).contentType(ContentType.URLENC)
                .queryParam("_csrf", lab.csrf()).post("/logout").then().statusCode(303);
        for (int n = 1; n <= 3; n++) {
            lab.on(instance(n)).get("/api/me").then().statusCode(401);
        }
        phone.on(instance(3)).get("/api/me").then().statusCode(200);
        // "Sign out everywhere" on instance 3 ends the session begun on instance 2, on all three.
        phone.on(instance(3)).redirects().follow(false).contentType(ContentType.URLENC)
                .queryParam("_csrf", phone.csrf()).post("/account/sessions/revoke").then().statusCode(303);
        for (int n = 1; n <= 3; n++) {
            phone.on(instance(n)).get("/api/me").then().statusCode(401);
        }
    }

    @Test
    void aRoleGrantedOnOneInstanceCountsAtOnceOnTheOthers() {
        Session admin = signIn(instance(1), "admin@demo.surgalt.mn");
        Session author = signIn(instance(2), "reviewer@demo.surgalt.mn");
        long courseId = courseId(admin.on(instance(1)));
        // An author of other courses: not allowed to see this course's draft...
        author.on(instance(2)).get("/api/courses/{id}?version=draft", courseId).then().statusCode(403);
        author.on(instance(3)).get("/api/courses/{id}?version=draft", courseId).then().statusCode(403);

        // ... until the admin invites her to review it, on the first instance (a form post).
        admin.on(instance(1)).redirects().follow(false).contentType(ContentType.URLENC)
                .queryParam("_csrf", admin.csrf()).formParam("email", "reviewer@demo.surgalt.mn")
                .post("/author/courses/{code}/review/reviewers", COURSE)
                .then().statusCode(303);

        // Her session, signed in before the grant, has the role at once wherever she goes.
        author.on(instance(2)).get("/api/courses/{id}?version=draft", courseId).then().statusCode(200)
                .body("code", equalTo(COURSE));
        author.on(instance(3)).get("/api/courses/{id}?version=draft", courseId).then().statusCode(200);
    }

    // --- (2) an upload begun on one instance is resumed on another ---------------------------------

    @Test
    void anUploadBegunOnOneInstanceIsResumedOnAnother() throws Exception {
        Session author = signIn(instance(1), "author@demo.surgalt.mn");
        byte[] bytes = text(700_000);
        int firstPart = 300_000;
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        String location = author.on(instance(1)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Integer.toString(bytes.length))
                .header("Upload-Metadata", "filename " + b64("three-instances.txt") + ",filetype "
                        + b64("text/plain") + ",kind " + b64("file"))
                .post("/api/uploads")
                .then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        author.on(instance(1)).header("Tus-Resumable", "1.0.0").header("Upload-Offset", "0")
                .contentType("application/offset+octet-stream").body(Arrays.copyOf(bytes, firstPart))
                .patch("/api/uploads/{id}", id)
                .then().statusCode(204).header("Upload-Offset", Integer.toString(firstPart));

        // The client comes back through another instance: it asks where to go on, and sends the rest.
        author.on(instance(2)).header("Tus-Resumable", "1.0.0").head("/api/uploads/{id}", id)
                .then().statusCode(200).header("Upload-Offset", Integer.toString(firstPart))
                .header("Upload-Length", Integer.toString(bytes.length));
        author.on(instance(2)).header("Tus-Resumable", "1.0.0").header("Upload-Offset", Integer.toString(firstPart))
                .contentType("application/offset+octet-stream")
                .body(Arrays.copyOfRange(bytes, firstPart, bytes.length))
                .patch("/api/uploads/{id}", id)
                .then().statusCode(204).header("Upload-Offset", Integer.toString(bytes.length));

        // The third instance sees it complete, with the right digest, and inspected by whichever took the job.
        JsonPath status = awaitUpload(author, instance(3), id, Duration.ofSeconds(60));
        assertEquals("COMPLETE", status.getString("status"));
        assertEquals(sha256, status.getString("sha256"));
        assertEquals(bytes.length, status.getLong("offset"));
        assertEquals("READY", status.getString("processing"), status.prettify());
        assertEquals("text/plain", status.getString("detectedType"));
        Path stored = ASSETS.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        assertArrayEquals(bytes, Files.readAllBytes(stored), "the asset store holds the whole file");
    }

    private static JsonPath awaitUpload(Session session, PackagedApp app, String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath status;
        do {
            status = session.on(app).get("/api/uploads/{id}", id).then().statusCode(200).extract().jsonPath();
            if ("READY".equals(status.getString("processing")) || "REJECTED".equals(status.getString("processing"))) {
                return status;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        return status;
    }

    // --- (3) 1,000 queued jobs are each processed exactly once across the three -------------------

    /**
     * The job is the real notification mail (notification.send): its effect, a mail, is counted by
     * an SMTP server in this test, so a job run twice would show as a second mail. The rows are
     * written as NotificationService writes them when a grader gives more time (a notification and
     * its job, in one transaction), a thousand at once, with a distinct due time in each mail.
     */
    @Test
    void aThousandQueuedJobsAreEachProcessedExactlyOnceAcrossTheThree() throws Exception {
        List<Long> jobIds = new ArrayList<>();
        Instant firstDue = Instant.parse("2031-01-01T00:00:00Z");
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            long userId = single(c, "SELECT id FROM app_user WHERE email = 'teacher.en@demo.surgalt.mn'");
            long courseId = single(c, "SELECT id FROM course WHERE code = '" + COURSE + "'");
            long itemId = single(c, "SELECT iv.item_id FROM item_version iv JOIN course_version cv"
                    + " ON cv.id = iv.course_version_id JOIN course co ON co.id = cv.course_id"
                    + " AND co.published_version = cv.number WHERE co.id = " + courseId + " ORDER BY iv.item_id LIMIT 1");
            c.setAutoCommit(false);
            try (PreparedStatement notification = c.prepareStatement("INSERT INTO notification (user_id, kind,"
                    + " course_id, item_id, due_at, state) VALUES (?, 'EXTENSION_GRANTED', ?, ?, ?, 'PENDING')",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement job = c.prepareStatement("INSERT INTO job (kind, payload, state, attempts,"
                            + " max_attempts, run_after, created_at, updated_at)"
                            + " VALUES ('notification.send', ?, 'QUEUED', 0, 5, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < JOBS; i++) {
                    notification.setLong(1, userId);
                    notification.setLong(2, courseId);
                    notification.setLong(3, itemId);
                    notification.setTimestamp(4, Timestamp.from(firstDue.plus(Duration.ofMinutes(i))));
                    notification.executeUpdate();
                    long notificationId = generatedKey(notification);
                    job.setString(1, "{\"notification\":" + notificationId + "}");
                    // Due since long ago whatever the session time zone makes of the timestamps.
                    job.setTimestamp(2, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
                    job.setTimestamp(3, now);
                    job.setTimestamp(4, now);
                    job.executeUpdate();
                    jobIds.add(generatedKey(job));
                }
            }
            c.commit();
            c.setAutoCommit(true);

            long started = System.nanoTime();
            String ids = jobIds.stream().map(String::valueOf).collect(Collectors.joining(","));
            Map<String, Integer> states = Map.of();
            while (System.nanoTime() - started < JOBS_TIMEOUT.toNanos()) {
                states = states(c, ids);
                if (states.getOrDefault("DONE", 0) == JOBS) {
                    break;
                }
                sleep(500);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(Map.of("DONE", JOBS), states, "job states after " + seconds + " s");
            LOG.infof("%d notification jobs done by three instances in %.1f s", JOBS, seconds);
            // Claimed again only after a failure its instance logged (the mail server refused, say),
            // never because a lease ran out while the first claimer still had it.
            int extraClaims = count(c, "SELECT COALESCE(SUM(attempts - 1), 0) FROM job WHERE id IN (" + ids + ")");
            assertEquals(loggedFailures(jobIds), extraClaims, "claims beyond the first of each job");
            assertEquals(JOBS, count(c, "SELECT COUNT(*) FROM notification WHERE user_id = " + userId
                    + " AND kind = 'EXTENSION_GRANTED' AND due_at >= '2030-12-31' AND state = 'SENT'"));
        }

        // The effect: one mail per notification, none twice, from all three instances.
        // Due times as the mail gives them in the recipient's language (English: "1 Jan 2031, 08:00").
        Pattern due = Pattern.compile("\\d{1,2} [A-Z][a-z]{2} 2031, \\d\\d:\\d\\d");
        Map<String, Integer> perDue = new HashMap<>();
        Map<String, Integer> perInstance = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Object content = message.getContent();
            Matcher matcher = due.matcher(content instanceof String text ? text : "");
            if (!matcher.find()) {
                continue;
            }
            assertEquals("teacher.en@demo.surgalt.mn", ((InternetAddress) message.getAllRecipients()[0]).getAddress());
            perDue.merge(matcher.group(), 1, Integer::sum);
            perInstance.merge(((InternetAddress) message.getFrom()[0]).getAddress(), 1, Integer::sum);
        }
        LOG.infof("Mails sent per instance: %s", perInstance);
        assertEquals(JOBS, perDue.size(), "a mail for every notification");
        assertEquals(Map.of(), perDue.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "notifications mailed twice");
        assertEquals(JOBS, perInstance.values().stream().mapToInt(Integer::intValue).sum());
        for (int n = 1; n <= 3; n++) {
            assertTrue(perInstance.getOrDefault(from(n), 0) > 0, "instance " + n + " sent none: " + perInstance);
        }
    }

    /** "Job 24 (notification.send) failed on attempt 1 of 5" lines of the three logs, for these jobs. */
    private static int loggedFailures(List<Long> jobIds) {
        Pattern failed = Pattern.compile("Job (\\d+) \\(notification\\.send\\) failed on attempt");
        java.util.Set<Long> ours = new java.util.HashSet<>(jobIds);
        int failures = 0;
        for (PackagedApp app : APPS) {
            Matcher matcher = failed.matcher(app.log());
            while (matcher.find()) {
                if (ours.contains(Long.parseLong(matcher.group(1)))) {
                    failures++;
                }
            }
        }
        return failures;
    }

    // --- (4) a course published on one instance is seen at once on the others ---------------------

    @Test
    void aVersionPublishedOnOneInstanceIsSeenAtOnceOnTheOthers() {
        Session admin = signIn(instance(1), "admin@demo.surgalt.mn");
        Session learner = signIn(instance(1), "teacher.en@demo.surgalt.mn");
        long courseId = courseId(admin.on(instance(1)));

        // Both other instances have read (and keep) the version learners read now.
        JsonPath before = learner.on(instance(2)).get("/api/courses/{id}", courseId)
                .then().statusCode(200).extract().jsonPath();
        learner.on(instance(3)).get("/api/courses/{id}", courseId).then().statusCode(200)
                .body("version", equalTo(before.getString("version")));
        long moduleId = before.getLong("modules[0].id");
        long itemId = before.getLong("modules[0].items[0].id");

        // The admin changes the item's title and publishes, through the first instance.
        String path = "/api/courses/" + courseId + "/modules/" + moduleId + "/items/" + itemId;
        JsonPath draft = admin.on(instance(1)).get(path + "?version=draft").then().statusCode(200)
                .extract().jsonPath();
        String title = "Published on instance 1 at " + System.nanoTime();
        Map<String, Object> change = new HashMap<>();
        change.put("version", draft.getLong("version"));
        change.put("title", Map.of("en", title, "mn", title));
        change.put("body", draft.getMap("body"));
        change.put("url", draft.getString("url"));
        change.put("completion", draft.getString("completion"));
        change.put("minScore", draft.get("minScore"));
        change.put("required", draft.getBoolean("required"));
        admin.on(instance(1)).contentType(ContentType.JSON).body(change).put(path).then().statusCode(200);
        int published = admin.on(instance(1)).contentType(ContentType.JSON).post("/api/courses/{id}/versions", courseId)
                .then().statusCode(201).extract().jsonPath().getInt("number");
        assertNotEquals(before.getString("version"), Integer.toString(published));

        // At once, with no wait: the other two serve the new version, in the API and on the learner's page.
        for (int n = 2; n <= 3; n++) {
            Response course = learner.on(instance(n)).get("/api/courses/{id}", courseId);
            course.then().statusCode(200)
                    .body("version", equalTo(Integer.toString(published)))
                    .body("modules[0].items[0].title.en", equalTo(title));
            learner.on(instance(n)).accept("text/html").get("/courses/{code}", COURSE)
                    .then().statusCode(200).body(containsString(title));
            learner.on(instance(n)).accept("text/html").get("/courses/{code}/items/{item}", COURSE, itemId)
                    .then().statusCode(200).body(containsString(title));
        }
    }

    @Test
    void aLearnersProgressOnOneInstanceShowsOnTheNextPageOfTheOthers() {
        Session learner = signIn(instance(1), "teacher.en@demo.surgalt.mn");
        // The outline on all three first: whatever they keep of it (rendered modules, the version,
        // the course's rule) is then kept from before the learner's progress.
        String before = learner.on(instance(1)).accept("text/html").get("/courses/{code}", COURSE)
                .then().statusCode(200).extract().asString();
        for (int n = 2; n <= 3; n++) {
            learner.on(instance(n)).accept("text/html").get("/courses/{code}", COURSE).then().statusCode(200);
        }
        // A page item the learner may open and has not done yet; opening it counts as viewing it.
        String itemId = null;
        Matcher items = PAGE_ITEM.matcher(before);
        while (itemId == null && items.find()) {
            if (items.group(2).equals("not-started")) {
                itemId = items.group(1);
            }
        }
        assertNotNull(itemId, "a page item not started yet:\n" + before);
        learner.on(instance(1)).accept("text/html").get("/courses/{code}/items/{item}", COURSE, itemId)
                .then().statusCode(200);

        // The very next outline on the two other instances shows the item done.
        for (int n = 2; n <= 3; n++) {
            String page = learner.on(instance(n)).accept("text/html").get("/courses/{code}", COURSE)
                    .then().statusCode(200).extract().asString();
            String state = null;
            Matcher after = PAGE_ITEM.matcher(page);
            while (after.find()) {
                if (after.group(1).equals(itemId)) {
                    state = after.group(2);
                }
            }
            assertEquals("done", state, "item " + itemId + " on " + instance(n).name() + ":\n" + page);
        }
    }

    /** An item of the outline that is a page the learner may open: its id and its state. */
    private static final Pattern PAGE_ITEM = Pattern.compile("<li><span class=\"kind kind-page\">(?:(?!</li>).)*?"
            + "<a href=\"/courses/" + COURSE + "/items/(\\d+)\"(?:(?!</li>).)*?<span class=\"state state-([a-z-]+)\"",
            Pattern.DOTALL);

    // --- helpers ------------------------------------------------------------------------------------

    /** A browser's cookies after signing in through the form of one instance. */
    private record Session(String session, String csrf) {
        RequestSpecification on(PackagedApp app) {
            return given().baseUri(app.baseUri()).cookie("surgalt-session", session).cookie("surgalt-csrf", csrf)
                    .header("X-CSRF-Token", csrf);
        }
    }

    private static Session signIn(PackagedApp app, String email) {
        String csrf = given().baseUri(app.baseUri()).accept("text/html").get("/login").then().statusCode(200)
                .extract().cookie("surgalt-csrf");
        String session = given().baseUri(app.baseUri()).redirects().follow(false).cookie("surgalt-csrf", csrf)
                .queryParam("_csrf", csrf).contentType(ContentType.URLENC)
                .formParam("email", email).formParam("password", PASSWORD)
                .post("/j_security_check").then().statusCode(302).extract().cookie("surgalt-session");
        assertNotNull(session, email + " signs in on " + app.name());
        return new Session(session, csrf);
    }

    private static long courseId(RequestSpecification admin) {
        List<Map<String, Object>> courses = admin.get("/api/courses").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return courses.stream().filter(c -> COURSE.equals(c.get("code")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no course " + COURSE));
    }

    private static byte[] text(int size) {
        StringBuilder text = new StringBuilder(size + 100);
        for (int line = 1; text.length() < size; line++) {
            text.append("Line ").append(line).append(" of a file uploaded through three instances.\n");
        }
        return text.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static int count(Connection c, String sql) throws SQLException {
        return (int) single(c, sql);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
