package org.surgalt.node.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgalt.testsupport.Link;
import org.surgalt.testsupport.PackagedApp;

/**
 * A national server and a school node, each the packaged application with its own embedded database,
 * and a link process between them (testsupport/LinkProxy) that the caller steers. The node is set up
 * the way an IT teacher sets it up (its first admin through the one-time setup link, the enrolment
 * code on /node/setup, through the link) and syncs with "Sync now". Shared by NodeSyncIT and
 * NodeSyncBench; closing it stops both apps, their databases and the link.
 */
final class NodePair implements AutoCloseable {

    static final String SCHOOL = "khovd-buyant-school";
    static final String DEMO_PASSWORD = "surgalt-demo-2026";
    static final String NODE_ADMIN = "it-teacher@khovd.example.mn";
    static final String NODE_ADMIN_PASSWORD = "node-admin-password-2026";
    private static final Pattern SETUP_LINK = Pattern.compile("(/setup/[A-Za-z0-9_-]+)");

    /** A signed-in browser on one of the two instances. */
    record Browser(String baseUri, String session, String csrf) {
        RequestSpecification given() {
            return io.restassured.RestAssured.given().baseUri(baseUri).cookie("surgalt-session", session)
                    .cookie("surgalt-csrf", csrf).header("X-CSRF-Token", csrf);
        }

        RequestSpecification form() {
            return given().redirects().follow(false).accept("text/html").queryParam("_csrf", csrf)
                    .contentType(ContentType.URLENC);
        }

        static Browser signIn(PackagedApp app, String email, String password) {
            String csrf = io.restassured.RestAssured.given().baseUri(app.baseUri()).accept("text/html").get("/login").then().statusCode(200)
                    .extract().cookie("surgalt-csrf");
            String session = io.restassured.RestAssured.given().baseUri(app.baseUri()).redirects().follow(false).cookie("surgalt-csrf", csrf)
                    .contentType(ContentType.URLENC).queryParam("_csrf", csrf)
                    .formParams(Map.of("email", email, "password", password, "_csrf", csrf))
                    .post("/j_security_check").then().statusCode(302).extract().cookie("surgalt-session");
            assertNotNull(session, email + " signs in on " + app.name());
            return new Browser(app.baseUri(), session, csrf);
        }
    }

    private final Path home;
    private final Path nationalData;
    private final Path nodeData;
    private PackagedApp national;
    private PackagedApp node;
    private Link link;
    private Browser nationalAdmin;
    private Browser nodeAdmin;

    private NodePair(Path home) {
        this.home = home;
        this.nationalData = home.resolve("national/data/db");
        this.nodeData = home.resolve("node/data/db");
    }

    /**
     * Both apps started in target/it/{@code name} (wiped first; logs target/it/{@code name}-national.log
     * and -node.log), the link in front of the national one ({@code seed} for its dice), the node's
     * admin created and the node enrolled for {@link #SCHOOL}. {@code nationalProperties} and
     * {@code nodeProperties} are added to (or replace) the pair's own settings.
     */
    static NodePair start(String name, long seed, Map<String, String> nationalProperties,
            Map<String, String> nodeProperties) throws Exception {
        Path home = PackagedApp.itDir().resolve(name);
        PackagedApp.deleteRecursively(home);
        NodePair pair = new NodePair(home);
        try {
            Map<String, String> nationalSettings = new HashMap<>(Map.of("surgalt.node.heartbeat-interval", "off"));
            nationalSettings.putAll(nationalProperties);
            Map<String, String> nodeSettings = new HashMap<>(Map.of(
                    "surgalt.samples.import", "false", "surgalt.node.mode", "node",
                    "surgalt.node.heartbeat-interval", "off", "surgalt.node.sync-interval", "off",
                    "quarkus.log.category.\"org.surgalt.node.client.NodeSync\".level", "DEBUG"));
            nodeSettings.putAll(nodeProperties);
            // One after the other: two embedded MariaDB installs at the same moment can fail on their
            // temporary tables (mariadb-install-db, "Unknown table 'mysql.tmp_user_sys'").
            pair.national = PackagedApp.launch(name + "-national", home.resolve("national"), Map.of(), nationalSettings);
            pair.national.awaitReady();
            pair.node = PackagedApp.launch(name + "-node", home.resolve("node"), Map.of(), nodeSettings);
            pair.node.awaitReady();
            pair.link = Link.to(pair.national.port(), seed);
            pair.nationalAdmin = Browser.signIn(pair.national, "admin@demo.surgalt.mn", DEMO_PASSWORD);
            pair.nodeAdmin = pair.firstNodeAdmin();
            pair.enrol();
            return pair;
        } catch (Exception | Error e) {
            pair.close();
            throw e;
        }
    }

    /** Where both apps keep their data (national/, node/). */
    Path home() {
        return home;
    }

    PackagedApp national() {
        return national;
    }

    PackagedApp node() {
        return node;
    }

    Link link() {
        return link;
    }

    Browser nationalAdmin() {
        return nationalAdmin;
    }

    Browser nodeAdmin() {
        return nodeAdmin;
    }

    /** The IT teacher opens the node's one-time setup link from its log and creates the node's admin. */
    private Browser firstNodeAdmin() {
        Matcher matcher = SETUP_LINK.matcher(node.log());
        assertTrue(matcher.find(), "the node's log gives a setup link\n" + node.logTail());
        String path = matcher.group(1);
        String csrf = given().baseUri(node.baseUri()).accept("text/html").get(path).then().statusCode(200)
                .extract().cookie("surgalt-csrf");
        given().baseUri(node.baseUri()).redirects().follow(false).cookie("surgalt-csrf", csrf)
                .contentType(ContentType.URLENC).queryParam("_csrf", csrf)
                .formParams(Map.of("email", NODE_ADMIN, "name", "Khovd IT teacher", "locale", "en",
                        "newPassword", NODE_ADMIN_PASSWORD, "newPasswordAgain", NODE_ADMIN_PASSWORD,
                        "_csrf", csrf))
                .post(path).then().statusCode(303);
        return Browser.signIn(node, NODE_ADMIN, NODE_ADMIN_PASSWORD);
    }

    /** Registered nationally for the Khovd school; the code typed on the node's /node/setup. */
    private void enrol() {
        String code = nationalAdmin.given().contentType(ContentType.JSON)
                .body(Map.of("name", "Khovd lab", "institution", SCHOOL))
                .post("/api/admin/nodes").then().statusCode(201).extract().path("enrolmentCode");
        nodeAdmin.form().formParams(Map.of("nationalUrl", link.url(), "code", code))
                .post("/node/setup").then().statusCode(303);
    }

    /** "Sync now" on the node's status page, then waits until the round has ended. */
    void syncRound(Duration timeout) throws SQLException, InterruptedException {
        Timestamp before = nodeSingleTimestamp("SELECT GREATEST(COALESCE(last_down_sync_at, '1970-01-01'), "
                + "COALESCE(last_up_sync_at, '1970-01-01'), COALESCE(last_attempt_at, '1970-01-01')) FROM node_identity");
        String detailBefore = nodeText("SELECT COALESCE(last_sync_detail, '') FROM node_identity");
        long roundsBefore = roundsLogged();
        nodeAdmin.form().post("/node/status/sync").then().statusCode(303);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (roundsLogged() > roundsBefore) {
                return;
            }
            Thread.sleep(500);
        }
        fail("no sync round ended within " + timeout + " (before: " + before + ", " + detailBefore + ")\n"
                + node.logTail());
    }

    /** Rounds the node has finished, from its log (NodeSync logs each one). */
    long roundsLogged() {
        return node.log().lines().filter(l -> l.contains("node sync round:")).count();
    }

    Connection nationalDb() throws SQLException {
        return db(national);
    }

    Connection nodeDb() throws SQLException {
        return db(node);
    }

    private Timestamp nodeSingleTimestamp(String sql) throws SQLException {
        try (Connection c = nodeDb(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getTimestamp(1) : null;
        }
    }

    String nodeText(String sql) throws SQLException {
        try (Connection c = nodeDb(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    static Connection db(PackagedApp app) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + app.embeddedMariaDbPort() + "/surgalt",
                "root", "");
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The link, both apps (SIGKILL) and their databases, whatever state the start reached. */
    @Override
    public void close() {
        if (link != null) {
            link.close();
        }
        for (PackagedApp app : new PackagedApp[] {national, node}) {
            if (app != null) {
                app.kill();
            }
        }
        PackagedApp.stopMariaDb(nationalData);
        PackagedApp.stopMariaDb(nodeData);
    }
}
