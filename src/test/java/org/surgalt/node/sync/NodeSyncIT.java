package org.surgalt.node.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgalt.testsupport.Link;
import org.surgalt.testsupport.PackagedApp;

/**
 * Issue 24 end to end: a national server and a school node, each the packaged application with its own
 * embedded database, and between them a link process the test controls (testsupport/LinkProxy):
 * throttled to 256 kbit/s, cut at random points, with requests duplicated and reordered. The node is
 * set up the way an IT teacher sets it up (its first admin through the one-time setup link, the
 * enrolment code on /node/setup) and syncs with "Sync now".
 */
class NodeSyncIT {

    static final String SCHOOL = "khovd-buyant-school";
    static final String DEMO_PASSWORD = "surgalt-demo-2026";
    static final String NODE_ADMIN = "it-teacher@khovd.example.mn";
    static final String NODE_ADMIN_PASSWORD = "node-admin-password-2026";
    private static final Pattern SETUP_LINK = Pattern.compile("(/setup/[A-Za-z0-9_-]+)");

    private final List<PackagedApp> apps = new ArrayList<>();
    private final List<Path> dataDirs = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        links.forEach(Link::close);
        apps.forEach(PackagedApp::kill);
        dataDirs.forEach(PackagedApp::stopMariaDb);
    }

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

    /** The two instances and the link, with the node enrolled through the link. */
    final class Pair {
        final PackagedApp national;
        final PackagedApp node;
        final Link link;
        final Browser nationalAdmin;
        final Browser nodeAdmin;

        Pair(long seed) throws Exception {
            Path home = PackagedApp.itDir().resolve("node-sync");
            PackagedApp.deleteRecursively(home);
            Path nationalHome = home.resolve("national");
            Path nodeHome = home.resolve("node");
            dataDirs.add(nationalHome.resolve("data/db"));
            dataDirs.add(nodeHome.resolve("data/db"));
            PackagedApp n = PackagedApp.launch("node-sync-national", nationalHome, Map.of(), Map.of(
                    "surgalt.node.heartbeat-interval", "off"));
            PackagedApp s = PackagedApp.launch("node-sync-node", nodeHome, Map.of(), Map.of(
                    "surgalt.samples.import", "false", "surgalt.node.mode", "node",
                    "surgalt.node.heartbeat-interval", "off", "surgalt.node.sync-interval", "off"));
            apps.add(n);
            apps.add(s);
            n.awaitReady();
            s.awaitReady();
            national = n;
            node = s;
            link = Link.to(national.port(), seed);
            links.add(link);
            nationalAdmin = Browser.signIn(national, "admin@demo.surgalt.mn", DEMO_PASSWORD);
            nodeAdmin = firstNodeAdmin();
            enrol();
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

    @Test
    void aNodeEnrolsAndSyncsThroughABadLink() throws Exception {
        Pair pair = new Pair(24);
        try (Connection node = pair.nodeDb()) {
            assertEquals(1, count(node, "SELECT COUNT(*) FROM node_identity"), "enrolled through the link");
        }
        pair.link.rate(256_000).cuts(0.3, 20_000).duplicates(0.3).delay(300);
        pair.syncRound(Duration.ofMinutes(5));
        assertTrue(pair.link.stats().connections() > 0, "the round went over the link");
    }
}
