package org.surgalt.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.surgalt.deploy.Manifests.map;
import static org.surgalt.deploy.Manifests.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.EmbeddedMariaDb;

/**
 * Starts the packaged application with the environment deploy/kubernetes gives a pod (ConfigMap,
 * Secret, env, and the image's JVM options), so that a value the application cannot parse (a
 * duration, an enum, a size) fails here instead of crash-looping every pod. Only what cannot exist
 * on a test machine is replaced: the database address and login (a local MariaDB), the mount
 * points (directories under target/it/kubernetes) and the port.
 *
 * <p>The pod's root file system is read-only: the working directory and home directory here stand
 * for it, and must still be empty once the application has started, served its probes and
 * stopped. Everything it writes goes to /tmp (an emptyDir) or the asset volume.
 */
class KubernetesEnvironmentIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path basedir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    private final Path pod = basedir.resolve("target/it/kubernetes");
    private final Path database = basedir.resolve("target/it/kubernetes-db/data");
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        String dir = database.toAbsolutePath().normalize().toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("mariadbd") && c.contains(dir)).orElse(false))
                .forEach(p -> {
                    p.destroy();
                    p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally(e -> p).join();
                    p.destroyForcibly();
                });
    }

    @Test
    void theApplicationStartsServesItsProbesAndStopsWithThePodEnvironment() throws Exception {
        Manifests manifests = Manifests.load();
        Map<String, Object> container = manifests.container();
        deleteRecursively(pod);
        Path root = Files.createDirectories(pod.resolve("root"));
        Path home = Files.createDirectories(root.resolve("home"));
        Path tmp = Files.createDirectories(pod.resolve("tmp"));
        Path assets = Files.createDirectories(pod.resolve("assets"));
        String url = EmbeddedMariaDb.start(database, 0, "surgalt_kubernetes", true);
        int port = freePort();

        Map<String, String> environment = new LinkedHashMap<>(manifests.environment());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", url);
        environment.put("QUARKUS_DATASOURCE_USERNAME", "root");
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "");
        assertEquals(mountPath(container, "assets"), environment.get("SURGALT_ASSETS_ROOT"));
        environment.put("SURGALT_ASSETS_ROOT", assets.toString());
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("HOME", home.toString());

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The image's JVM options, /tmp being the pod's emptyDir.
        for (String option : DeploymentManifestsTest.dockerfileEnvironment().get("JAVA_OPTS_APPEND").split("\\s+")) {
            command.add(option.replace("=/tmp", "=" + tmp));
        }
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-Duser.home=" + home);
        command.addAll(List.of("-jar", System.getProperty("surgalt.app.jar",
                basedir.resolve("target/quarkus-app/quarkus-run.jar").toString())));
        Path log = pod.resolve("app.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("SURGALT_"));
        builder.environment().putAll(environment);
        Process app = builder.start();
        processes.add(app);

        String started = string(container, "startupProbe", "httpGet", "path");
        awaitStatus(app, log, port, started, 200);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertEquals(200, status(port, string(container, probe, "httpGet", "path")), probe + "\n" + tail(log));
        }
        String metrics = string(manifests.deployment(), "spec", "template", "metadata", "annotations", "prometheus.io/path");
        assertEquals(200, status(port, metrics), "metrics\n" + tail(log));

        // Kubernetes sends SIGTERM after the preStop hook and kills the pod at the end of the grace period.
        int grace = (Integer) map(manifests.deployment(), "spec", "template", "spec").get("terminationGracePeriodSeconds");
        app.destroy();
        assertTrue(app.waitFor(grace, TimeUnit.SECONDS), "not stopped within terminationGracePeriodSeconds\n" + tail(log));

        try (Stream<Path> written = Files.walk(root)) {
            List<Path> files = written.filter(path -> !path.equals(root) && !path.equals(home)).toList();
            assertEquals(List.of(), files, "the pod's root file system is read-only, but the application wrote there");
        }
        assertTrue(!Files.readString(log, StandardCharsets.ISO_8859_1).contains("Embedded MariaDB"),
                "the embedded MariaDB started\n" + tail(log));
    }

    private static String mountPath(Map<String, Object> container, String volume) {
        for (Object entry : Manifests.list(container, "volumeMounts")) {
            Map<String, Object> mount = Manifests.asMap(entry, "volumeMount");
            if (volume.equals(mount.get("name"))) {
                return (String) mount.get("mountPath");
            }
        }
        throw new AssertionError("no mount of " + volume);
    }

    private static void awaitStatus(Process app, Path log, int port, String path, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("The application exited with " + app.exitValue() + " before " + path + " answered\n" + tail(log));
            }
            if (status(port, path) == expected) {
                return;
            }
            Thread.sleep(500);
        }
        fail(path + " did not answer " + expected + " within " + START_TIMEOUT.toSeconds() + " s\n" + tail(log));
    }

    private static int status(int port, String path) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return "--- " + log + " ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
