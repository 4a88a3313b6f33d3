package org.surgalt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.EmbeddedMariaDb;

/**
 * Starts target/quarkus-app/quarkus-run.jar the way an operator would: no JDBC URL means the
 * embedded MariaDB with data kept across restarts; QUARKUS_DATASOURCE_JDBC_URL means that database
 * and no embedded server at all.
 */
class PackagedAppIT {

    private static final String SAMPLE_CODE = "carpentries-instructor-training";
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB .*?started on 127\\.0\\.0\\.1:(\\d+)");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path basedir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private final Path itDir = basedir.resolve("target/it");
    private final List<RunningApp> apps = new ArrayList<>();
    private final List<Path> mariaDbDataDirs = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        apps.forEach(RunningApp::kill);
        // A server this test left behind would hold its data dir locked for the next run.
        mariaDbDataDirs.forEach(dir -> mariaDbProcesses(dir).forEach(p -> {
            p.destroy();
            p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(e -> p).join();
            p.destroyForcibly();
        }));
    }

    @Test
    void embeddedDefaultKeepsDataAcrossRestarts() throws Exception {
        Path home = itDir.resolve("embedded");
        Path dataDir = home.resolve("db");
        deleteRecursively(home);
        mariaDbDataDirs.add(dataDir);

        RunningApp first = start("embedded-1", Map.of(), dataDir);
        assertEquals(1, countCourses(first, SAMPLE_CODE), "sample course imported on first start");
        String id = createCourse(first, "it-course-1");
        int mariaDbPort = first.embeddedMariaDbPort();

        first.stopGracefully();
        assertFalse(accepting(mariaDbPort), "embedded MariaDB still listens on " + mariaDbPort
                + " after the app exited\n" + first.logTail());
        assertTrue(mariaDbProcesses(dataDir).isEmpty(), "mariadbd still running on " + dataDir);

        RunningApp second = start("embedded-2", Map.of(), dataDir);
        // A course created over the API is a draft (not in the catalogue) until it is published; admins read it
        // as such.
        admin(second).get("/api/courses/" + id + "?version=draft").then().statusCode(200)
                .body("code", equalTo("it-course-1"));
        assertEquals(1, countCourses(second, SAMPLE_CODE), "sample import must be idempotent");
        second.stopGracefully();
    }

    @Test
    void externalDatabaseIsUsedWhenConfigured() throws Exception {
        Path externalData = itDir.resolve("external-db/data");
        Path mustNotExist = itDir.resolve("must-not-exist");
        deleteRecursively(mustNotExist);
        mariaDbDataDirs.add(externalData.toAbsolutePath().normalize());
        String url = EmbeddedMariaDb.start(externalData, 0, "surgalt_external", true);

        RunningApp app = start("external", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", "root",
                "QUARKUS_DATASOURCE_PASSWORD", ""), mustNotExist.resolve("db"));
        createCourse(app, "it-course-external");

        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM course WHERE code = ?", "it-course-external"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_name = 'flyway_schema_history'", "surgalt_external"));
        }
        assertFalse(Files.exists(mustNotExist), "embedded data dir created although an external URL was set");
        assertFalse(app.log().contains("Embedded MariaDB"), "embedded MariaDB started:\n" + app.logTail());
        app.stopGracefully();
    }

    private RunningApp start(String name, Map<String, String> env, Path dataDir) throws IOException {
        String jar = System.getProperty("surgalt.app.jar", basedir.resolve("target/quarkus-app/quarkus-run.jar").toString());
        int port = freePort();
        Path log = itDir.resolve(name + ".log");
        Files.createDirectories(itDir);
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dsurgalt.db.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "-Dsurgalt.samples.dir=" + basedir.resolve("content-samples"),
                "-jar", jar)
                .directory(itDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The environment of `mvn verify` must not leak another database into the default case.
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().putAll(env);
        RunningApp app = new RunningApp(builder.start(), port, log);
        apps.add(app);
        app.awaitReady();
        return app;
    }

    /** Signs in as the demo admin (content-samples/demo.yaml) through the real sign-in form. */
    private static io.restassured.specification.RequestSpecification admin(RunningApp app) {
        String csrf = given().port(app.port).accept("text/html").get("/login").then().statusCode(200)
                .extract().cookie("surgalt-csrf");
        String session = given().port(app.port).redirects().follow(false).cookie("surgalt-csrf", csrf)
                .queryParam("_csrf", csrf).contentType(ContentType.URLENC)
                .formParam("email", "admin@demo.surgalt.mn").formParam("password", "surgalt-demo-2026")
                .post("/j_security_check").then().statusCode(302).extract().cookie("surgalt-session");
        assertNotNull(session, "the demo admin signs in");
        return given().port(app.port).cookie("surgalt-session", session).cookie("surgalt-csrf", csrf)
                .header("X-CSRF-Token", csrf);
    }

    private static String createCourse(RunningApp app, String code) {
        Object id = admin(app).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"language\":\"en\","
                        + "\"title\":{\"en\":\"IT course\",\"mn\":\"Туршилт\"},\"description\":{\"en\":\"d\"}}")
                .post("/api/courses")
                .then().statusCode(201)
                .extract().path("id");
        assertNotNull(id, "created course has an id");
        return id.toString();
    }

    private static long countCourses(RunningApp app, String code) {
        List<String> codes = admin(app).get("/api/courses")
                .then().statusCode(200)
                .extract().jsonPath().getList("code", String.class);
        return codes.stream().filter(code::equals).count();
    }

    private static int count(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<ProcessHandle> mariaDbProcesses(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dir)).orElse(false))
                .toList();
    }

    private static boolean accepting(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static final class RunningApp {
        private final Process process;
        private final int port;
        private final Path log;

        RunningApp(Process process, int port, Path log) {
            this.process = process;
            this.port = port;
            this.log = log;
        }

        void awaitReady() {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    fail("The app exited with " + process.exitValue() + " before it was ready\n" + logTail());
                }
                try {
                    if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
                sleep(250);
            }
            fail("The app was not ready within " + READY_TIMEOUT.toSeconds() + " s\n" + logTail());
        }

        /** SIGTERM, as systemd or docker stop would send. */
        void stopGracefully() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "The app did not exit within 30 s of SIGTERM\n" + logTail());
        }

        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        int embeddedMariaDbPort() {
            Matcher matcher = EMBEDDED_PORT.matcher(log());
            assertTrue(matcher.find(), "no 'Embedded MariaDB ... started on' line in the log\n" + logTail());
            return Integer.parseInt(matcher.group(1));
        }

        String log() {
            try {
                // Not readString: a stray byte in the server's output must not hide the log.
                return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String logTail() {
            List<String> lines = log().lines().toList();
            return "--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
