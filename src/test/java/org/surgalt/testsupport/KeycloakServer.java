package org.surgalt.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak (the distribution unpacked by the pom into target/keycloak) with the realms of
 * deploy/keycloak imported: one per test JVM, on a free port, with fresh data at the JVM's first
 * start. Its state lives in system properties, not static fields, because Quarkus test restarts
 * load this class again in new class loaders.
 */
public final class KeycloakServer {

    public static final String VERSION = "26.7.3";

    private static final Path HOME = Path.of("target", "keycloak", "keycloak-" + VERSION);
    private static final Path LOG = Path.of("target", "keycloak", "keycloak.log");
    private static final Path PID_FILE = Path.of("target", "keycloak", "keycloak.pid");
    private static final Path REALMS = Path.of("deploy", "keycloak");
    private static final String CLIENT_ID = "surgalt";
    /**
     * A fresh start imports the realms into a new database: 30 to 40 s on a quiet machine, but 108 s
     * and more were seen while other builds shared the two CPUs.
     */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private static final String PORT_PROPERTY = "surgalt.test.keycloak.port";
    private static final String PID_PROPERTY = "surgalt.test.keycloak.pid";
    private static final String HOOK_PROPERTY = "surgalt.test.keycloak.hook";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final KeycloakServer INSTANCE = new KeycloakServer();

    private KeycloakServer() {
    }

    /** The running server, started on first use. */
    public static KeycloakServer get() {
        INSTANCE.start();
        return INSTANCE;
    }

    public synchronized void start() {
        if (running()) {
            return;
        }
        boolean firstStart = System.getProperty(PORT_PROPERTY) == null;
        if (firstStart) {
            prepareFreshHome();
            System.setProperty(PORT_PROPERTY, Integer.toString(freePort()));
        }
        long started = System.nanoTime();
        Process process = launch(firstStart);
        System.setProperty(PID_PROPERTY, Long.toString(process.pid()));
        writePidFile(process.pid());
        registerShutdownHookOnce();
        awaitReady(process);
        System.out.printf("Keycloak %s ready at %s in %d ms%n", VERSION, url(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s); {@link #start()} brings it back on the same port with the same data. */
    public synchronized void stop() {
        String pid = System.getProperty(PID_PROPERTY);
        if (pid != null) {
            terminate(Long.parseLong(pid), 30);
            System.clearProperty(PID_PROPERTY);
            deletePidFile();
        }
    }

    public boolean running() {
        String pid = System.getProperty(PID_PROPERTY);
        return pid != null && isAlive(Long.parseLong(pid));
    }

    public String url() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            throw new IllegalStateException("Keycloak was never started; call KeycloakServer.get()");
        }
        return "http://127.0.0.1:" + port;
    }

    public String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    /** The secret of the {@code surgalt} client, as deploy/keycloak declares it. */
    public String clientSecret(String realm) {
        Path file = realmFiles().get(realm);
        if (file == null) {
            throw new IllegalArgumentException("no realm " + realm + " in " + REALMS);
        }
        for (JsonNode client : readJson(file).path("clients")) {
            if (CLIENT_ID.equals(client.path("clientId").asText())) {
                return client.path("secret").asText();
            }
        }
        throw new IllegalArgumentException("realm " + realm + " has no client " + CLIENT_ID);
    }

    /** The access token of a direct grant; fails unless Keycloak grants one. */
    public String passwordGrantToken(String realm, String username, String password) {
        HttpResponse<String> response = passwordGrant(realm, username, password);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + " in " + realm + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token endpoint's raw answer to a direct grant (scope openid, so it carries an id token too). */
    public HttpResponse<String> passwordGrant(String realm, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID,
                        "client_secret", clientSecret(realm), "username", username,
                        "password", password, "scope", "openid")
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request);
    }

    /** The realm exports of deploy/keycloak by realm name. */
    private static Map<String, Path> realmFiles() {
        try (Stream<Path> files = Files.list(REALMS)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-realm.json"))
                    .collect(Collectors.toMap(f -> readJson(f).path("realm").asText(), f -> f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prepareFreshHome() {
        if (!Files.isRegularFile(HOME.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(HOME.toAbsolutePath() + " is missing; run ./mvnw generate-test-resources");
        }
        endOrphanFromEarlierRun();
        try {
            Path data = HOME.resolve("data");
            deleteTree(data);
            // --import-realm only reads <realm>-realm.json from data/import, whatever deploy/ calls the files.
            Path imports = Files.createDirectories(data.resolve("import"));
            for (var realm : realmFiles().entrySet()) {
                Files.copy(realm.getValue(), imports.resolve(realm.getKey() + "-realm.json"));
            }
            Files.deleteIfExists(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process launch(boolean firstStart) {
        // Fixed build options: only the first run of a fresh unpack re-augments (kc.sh then exits 10
        // and re-executes itself in the same process); every later start reuses that build.
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", HOME.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + System.getProperty(PORT_PROPERTY), "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(firstStart ? ProcessBuilder.Redirect.to(LOG.toFile()) : ProcessBuilder.Redirect.appendTo(LOG.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS")
                || name.startsWith("QUARKUS_") || name.equals("JAVA_ADD_OPENS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Process process) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        List<String> realms = new ArrayList<>(realmFiles().keySet());
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "\n" + logTail());
            }
            if (realms.stream().allMatch(this::discoveryAnswers)) {
                return;
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT.toSeconds() + " s\n" + logTail());
    }

    private boolean discoveryAnswers(String realm) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void registerShutdownHookOnce() {
        if (System.getProperty(HOOK_PROPERTY) == null) {
            System.setProperty(HOOK_PROPERTY, "registered");
            // Reads the pid at exit, so it also stops a server that a later class loader restarted.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                String pid = System.getProperty(PID_PROPERTY);
                if (pid != null) {
                    terminate(Long.parseLong(pid), 15);
                    deletePidFile();
                }
            }, "keycloak-stop"));
        }
    }

    /** SIGTERM to kc.sh and the JVM it runs, SIGKILL to whatever is still alive after the grace period. */
    private static void terminate(long pid, int graceSeconds) {
        ProcessHandle.of(pid).ifPresent(root -> {
            List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
            all.add(root);
            all.forEach(ProcessHandle::destroy);
            for (ProcessHandle p : all) {
                try {
                    p.onExit().get(graceSeconds, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            }
        });
    }

    /** A Keycloak left running by a test JVM that was killed holds the port and the database: end it. */
    private static void endOrphanFromEarlierRun() {
        long[] pids = readPidFile();
        if (pids.length == 2 && isAlive(pids[0])) {
            if (isAlive(pids[1]) && pids[1] != ProcessHandle.current().pid()) {
                throw new IllegalStateException("target/keycloak is in use by the Keycloak of test JVM " + pids[1]);
            }
            terminate(pids[0], 15);
        }
        deletePidFile();
    }

    /** keycloak pid and owning test JVM pid, or nothing when there is no readable pid file. */
    private static long[] readPidFile() {
        try {
            String[] parts = Files.readString(PID_FILE).trim().split(" ");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void writePidFile(long pid) {
        try {
            Files.writeString(PID_FILE, pid + " " + ProcessHandle.current().pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deletePidFile() {
        try {
            Files.deleteIfExists(PID_FILE);
        } catch (IOException e) {
            // Only a hint for the next run, which checks whether the process is still alive.
        }
    }

    private static String logTail() {
        try {
            List<String> lines = Files.readAllLines(LOG);
            return "--- last lines of " + LOG.toAbsolutePath() + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + LOG.toAbsolutePath() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
