package org.surgalt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.EmbeddedMariaDb;
import org.surgalt.testsupport.PackagedApp;

/**
 * Starts target/quarkus-app/quarkus-run.jar the way an operator would: no JDBC URL means the
 * embedded MariaDB with data kept across restarts; QUARKUS_DATASOURCE_JDBC_URL means that database
 * and no embedded server at all.
 */
class PackagedAppIT {

    private static final String SAMPLE_CODE = "carpentries-instructor-training";

    private final Path itDir = PackagedApp.itDir();
    private final List<PackagedApp> apps = new ArrayList<>();
    private final List<Path> mariaDbDataDirs = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        apps.forEach(PackagedApp::kill);
        // A server this test left behind would hold its data dir locked for the next run.
        mariaDbDataDirs.forEach(PackagedApp::stopMariaDb);
    }

    @Test
    void embeddedDefaultKeepsDataAcrossRestarts() throws Exception {
        Path home = itDir.resolve("embedded");
        Path dataDir = home.resolve("db");
        PackagedApp.deleteRecursively(home);
        mariaDbDataDirs.add(dataDir);

        PackagedApp first = start("embedded-1", Map.of(), dataDir);
        assertEquals(1, countCourses(first, SAMPLE_CODE), "sample course imported on first start");
        String id = createCourse(first, "it-course-1");
        int mariaDbPort = first.embeddedMariaDbPort();

        first.stopGracefully();
        assertFalse(PackagedApp.accepting(mariaDbPort), "embedded MariaDB still listens on " + mariaDbPort
                + " after the app exited\n" + first.logTail());
        assertTrue(PackagedApp.mariaDbProcesses(dataDir).isEmpty(), "mariadbd still running on " + dataDir);

        PackagedApp second = start("embedded-2", Map.of(), dataDir);
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
        PackagedApp.deleteRecursively(mustNotExist);
        mariaDbDataDirs.add(externalData.toAbsolutePath().normalize());
        String url = EmbeddedMariaDb.start(externalData, 0, "surgalt_external", true);

        PackagedApp app = start("external", Map.of(
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

    private PackagedApp start(String name, Map<String, String> env, Path dataDir) throws IOException {
        PackagedApp app = PackagedApp.launch(name, env,
                Map.of("surgalt.db.embedded.data-dir", dataDir.toAbsolutePath().toString()));
        apps.add(app);
        app.awaitReady();
        return app;
    }

    /** Signs in as the demo admin (content-samples/demo.yaml) through the real sign-in form. */
    private static io.restassured.specification.RequestSpecification admin(PackagedApp app) {
        String csrf = given().baseUri(app.baseUri()).accept("text/html").get("/login").then().statusCode(200)
                .extract().cookie("surgalt-csrf");
        String session = given().baseUri(app.baseUri()).redirects().follow(false).cookie("surgalt-csrf", csrf)
                .queryParam("_csrf", csrf).contentType(ContentType.URLENC)
                .formParam("email", "admin@demo.surgalt.mn").formParam("password", "surgalt-demo-2026")
                .post("/j_security_check").then().statusCode(302).extract().cookie("surgalt-session");
        assertNotNull(session, "the demo admin signs in");
        return given().baseUri(app.baseUri()).cookie("surgalt-session", session).cookie("surgalt-csrf", csrf)
                .header("X-CSRF-Token", csrf);
    }

    private static String createCourse(PackagedApp app, String code) {
        Object id = admin(app).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"language\":\"en\","
                        + "\"title\":{\"en\":\"IT course\",\"mn\":\"Туршилт\"},\"description\":{\"en\":\"d\"}}")
                .post("/api/courses")
                .then().statusCode(201)
                .extract().path("id");
        assertNotNull(id, "created course has an id");
        return id.toString();
    }

    private static long countCourses(PackagedApp app, String code) {
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
}
