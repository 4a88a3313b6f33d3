package org.surgalt.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * target/quarkus-app/quarkus-run.jar started as its own process, the way an operator starts it, for
 * the integration tests (*IT, run by failsafe after packaging). Output goes to target/it/<name>.log.
 */
public final class PackagedApp {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB .*?started on 127\\.0\\.0\\.1:(\\d+)");

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The project directory (where failsafe runs). */
    public static Path basedir() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }

    /** target/it: working directory and logs of the started apps. */
    public static Path itDir() {
        return basedir().resolve("target/it");
    }

    /** Starts the app and waits until it is ready. */
    public static PackagedApp start(String name, Map<String, String> env, Map<String, String> properties)
            throws IOException {
        PackagedApp app = launch(name, env, properties);
        app.awaitReady();
        return app;
    }

    /**
     * Starts the app on a free loopback port without waiting for it ({@link #awaitReady()}), so that
     * several can start at once. {@code properties} become -D options; the sample folder is the
     * project's content-samples. No QUARKUS_DATASOURCE* variable of the caller's environment leaks in.
     */
    public static PackagedApp launch(String name, Map<String, String> env, Map<String, String> properties)
            throws IOException {
        return launch(name, itDir(), env, properties);
    }

    /** As {@link #launch(String, Map, Map)}, in {@code workDir} (where relative paths such as data/ resolve). */
    public static PackagedApp launch(String name, Path workDir, Map<String, String> env, Map<String, String> properties)
            throws IOException {
        String jar = System.getProperty("surgalt.app.jar", basedir().resolve("target/quarkus-app/quarkus-run.jar")
                .toString());
        int port = freePort();
        Path itDir = itDir();
        Path log = itDir.resolve(name + ".log");
        Files.createDirectories(itDir);
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dsurgalt.samples.dir=" + basedir().resolve("content-samples"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The environment of `mvn verify` must not leak another database into the default case.
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_DATASOURCE"));
        builder.environment().putAll(env);
        return new PackagedApp(name, builder.start(), port, log);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public void awaitReady() {
        awaitReady(READY_TIMEOUT);
    }

    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " exited with " + process.exitValue() + " before it was ready\n" + logTail());
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
        fail(name + " was not ready within " + timeout.toSeconds() + " s\n" + logTail());
    }

    /** SIGTERM, as systemd or docker stop would send; fails the test if the app does not exit in 30 s. */
    public void stopGracefully() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), name + " did not exit within 30 s of SIGTERM\n" + logTail());
    }

    /** For clean-up whatever happened: SIGTERM, then SIGKILL after {@code grace}. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** SIGKILL. */
    public void kill() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public int embeddedMariaDbPort() {
        Matcher matcher = EMBEDDED_PORT.matcher(log());
        assertTrue(matcher.find(), "no 'Embedded MariaDB ... started on' line in the log\n" + logTail());
        return Integer.parseInt(matcher.group(1));
    }

    public String log() {
        try {
            // Not readString: a stray byte in the server's output must not hide the log.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        List<String> lines = log().lines().toList();
        return "--- last lines of " + log + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The mariadbd processes serving {@code dataDir} (one left behind would keep it locked). */
    public static List<ProcessHandle> mariaDbProcesses(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dir)).orElse(false))
                .toList();
    }

    /** Stops the mariadbd processes serving {@code dataDir}: SIGTERM, SIGKILL after 20 s. */
    public static void stopMariaDb(Path dataDir) {
        mariaDbProcesses(dataDir).forEach(p -> {
            p.destroy();
            p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(e -> p).join();
            p.destroyForcibly();
        });
    }

    public static boolean accepting(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A port nobody listens on, picked below Linux's ephemeral range (32768–60999). A port the system
     * hands out for port 0 comes from that range, where any outgoing connection (another instance's to
     * the database) may take it between this check and the app's bind: "Port … seems to be in use"
     * failed a three-instance test once. Falls back to the system's choice.
     */
    public static int freePort() throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", port));
                return port;
            } catch (IOException taken) {
                // another one
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
