package org.surgalt.lti;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real LTI 1.3 tool on the loopback address: src/test/lti-tool/tool.js, built on ltijs (npm,
 * 1EdTech-certified) with ltijs-sequelize on a database of its own in the tests' embedded MariaDB.
 * Installed with npm ci on first use; stopped by {@link #close()}.
 */
final class LtijsTool implements AutoCloseable {

    private static final Path DIR = Path.of("src", "test", "lti-tool");

    private final Process process;
    private final String host;
    private final int port;
    private final List<String> output = new ArrayList<>();

    private LtijsTool(Process process, String host, int port) {
        this.process = process;
        this.host = host;
        this.port = port;
    }

    /** Starts the tool for a platform at {@code platformUrl} that registered it with {@code clientId}. */
    static LtijsTool start(String platformUrl, String clientId) throws Exception {
        return start(platformUrl, clientId, "127.0.0.1");
    }

    /** {@code host}: the name the tool is addressed by (it listens on every loopback address). */
    static LtijsTool start(String platformUrl, String clientId, String host) throws Exception {
        install();
        URI db = URI.create(System.getProperty("surgalt.test.jdbc-url").substring("jdbc:".length()));
        String database = "lti_tool_" + Long.toHexString(System.nanoTime());
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + db.getHost() + ":" + db.getPort()
                + "/", "root", "")) {
            connection.createStatement().execute("CREATE DATABASE " + database);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("node", "tool.js").directory(DIR.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("TOOL_PORT", Integer.toString(port), "DB_HOST", db.getHost(),
                "DB_PORT", Integer.toString(db.getPort()), "DB_NAME", database, "PLATFORM_URL", platformUrl,
                "CLIENT_ID", clientId, "TOOL_URL", "http://" + host + ":" + port));
        LtijsTool tool = new LtijsTool(builder.start(), host, port);
        tool.awaitReady();
        allowEveryScope(db, database);
        return tool;
    }

    /**
     * ltijs-sequelize 2.4.4 keeps one cached access token per platform, client and scopes under a unique
     * index on the first 50 characters of each: every AGS scope starts with the same 50
     * ("https://purl.imsglobal.org/spec/lti-ags/scope/line..."), so caching a second one fails with
     * "Validation error". The tool's own table, not the platform's: the index goes, the lookups stay exact.
     */
    private static void allowEveryScope(URI db, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://" + db.getHost() + ":" + db.getPort()
                + "/" + database, "root", "")) {
            List<String> unique = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery("SELECT DISTINCT index_name FROM "
                    + "information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'accesstokens' "
                    + "AND non_unique = 0 AND index_name <> 'PRIMARY'")) {
                while (rows.next()) {
                    unique.add(rows.getString(1));
                }
            }
            for (String index : unique) {
                connection.createStatement().execute("ALTER TABLE accesstokens DROP INDEX `" + index + "`");
            }
        }
    }

    /**
     * Starts the tool for this test run's platform and has a site admin register it there (through the
     * API, with deployment id "deployment-1"), as an admin would with what the tool's maker gives them.
     */
    static LtijsTool registered(String clientId) throws Exception {
        return registered(clientId, Map.of());
    }

    /** {@code options}: more registration fields (shares, roster). */
    static LtijsTool registered(String clientId, Map<String, Object> options) throws Exception {
        return registered(clientId, options, "127.0.0.1");
    }

    static LtijsTool registered(String clientId, Map<String, Object> options, String host) throws Exception {
        String platform = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("test.url", String.class)
                .replaceAll("/+$", "");
        LtijsTool tool = start(platform, clientId, host);
        org.surgalt.testsupport.Sessions.as(org.surgalt.testsupport.PersonBuilder.aPerson()
                .withRole(org.surgalt.identity.Role.ADMIN).create()).given()
                .contentType(io.restassured.http.ContentType.JSON).body(registration(tool, clientId, options))
                .post("/api/admin/lti-tools").then().statusCode(201);
        return tool;
    }

    private static Map<String, Object> registration(LtijsTool tool, String clientId, Map<String, Object> options) {
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("name", "ltijs " + clientId,
                "issuer", tool.url(), "clientId", clientId, "deploymentId", "deployment-1",
                "loginUrl", tool.url() + "/login", "redirectUris", tool.url() + "/",
                "jwksUrl", tool.url() + "/keys"));
        fields.putAll(options);
        return fields;
    }

    private static synchronized void install() throws IOException, InterruptedException {
        if (Files.isDirectory(DIR.resolve("node_modules").resolve("ltijs"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(DIR.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci in " + DIR + " failed");
        }
    }

    private void awaitReady() throws Exception {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.contains("TOOL READY")) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.complete(false);
        }, "ltijs-tool-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.get(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the LTI tool did not start: " + output());
        }
    }

    String url() {
        return "http://" + host + ":" + port;
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

}
