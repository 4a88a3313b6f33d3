package org.surgalt.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.deploy.Manifests.data;
import static org.surgalt.deploy.Manifests.list;
import static org.surgalt.deploy.Manifests.listOrEmpty;
import static org.surgalt.deploy.Manifests.map;
import static org.surgalt.deploy.Manifests.string;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps deploy/ true to the code: the Kubernetes manifests, the image and CONFIGURATION.md may
 * only name settings the application has, probe paths it serves, the port it listens on and
 * upload sizes it accepts; and every surgalt.* setting must be documented. Nothing is started:
 * the settings come from the sources and the extensions' configuration models
 * ({@link ApplicationSettings}); DeploymentProbesTest asks the running application for the
 * probe and metrics paths.
 */
class DeploymentManifestsTest {

    static final Path CONFIGURATION = Path.of("deploy/CONFIGURATION.md");
    static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    static final Path UPLOAD_SCRIPT = Path.of("src/main/resources/META-INF/resources/static/upload.js");
    static final Path POM = Path.of("pom.xml");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Read by the base image's run-java.sh or the JVM, not by the application's configuration. */
    static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_OPTS_APPEND", "JAVA_APP_JAR", "LANGUAGE");

    /**
     * SmallRye Health's paths under the non-application root. They are build-time settings of the
     * extension's deployment module (not on this class path), so the defaults are written here and
     * the test insists application.properties leaves them alone.
     */
    static final Map<String, String> HEALTH_PATHS = Map.of(
            "quarkus.smallrye-health.root-path", "health",
            "quarkus.smallrye-health.liveness-path", "live",
            "quarkus.smallrye-health.readiness-path", "ready",
            "quarkus.smallrye-health.startup-path", "started");

    static ApplicationSettings settings;
    static Manifests manifests;

    @BeforeAll
    static void load() {
        settings = ApplicationSettings.load();
        manifests = Manifests.load();
    }

    @Test
    void everyManifestIsListedAndEveryKindIsThere() throws IOException {
        try (Stream<Path> files = Files.list(Manifests.DIRECTORY)) {
            Set<String> yaml = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(yaml, new TreeSet<>(manifests.resources),
                    "kustomization.yaml must list exactly the manifests in " + Manifests.DIRECTORY);
        }
        Set<String> kinds = manifests.documents.stream().map(document -> String.valueOf(document.get("kind")))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String kind : List.of("Deployment", "Service", "Ingress", "ConfigMap", "Secret", "PersistentVolumeClaim",
                "HorizontalPodAutoscaler", "PodDisruptionBudget")) {
            assertTrue(kinds.contains(kind), "no " + kind + " in " + Manifests.DIRECTORY + " (found " + kinds + ")");
        }
        for (Map<String, Object> document : manifests.documents) {
            assertNotNull(document.get("apiVersion"), document.get("#file") + ": apiVersion");
            assertNotNull(string(document, "metadata", "name"), document.get("#file") + ": metadata.name");
        }
        assertEquals("autoscaling/v2", manifests.only("HorizontalPodAutoscaler").get("apiVersion"));
        assertEquals("policy/v1", manifests.only("PodDisruptionBudget").get("apiVersion"));
    }

    @Test
    void severalReplicasServeAndDisruptionsLeaveOne() {
        Map<String, Object> deployment = manifests.deployment();
        int replicas = (Integer) map(deployment, "spec").get("replicas");
        assertTrue(replicas >= 2, "the Deployment must run at least 2 replicas, has " + replicas);

        Map<String, Object> hpa = manifests.only("HorizontalPodAutoscaler");
        Map<String, Object> target = map(hpa, "spec", "scaleTargetRef");
        assertEquals("Deployment", target.get("kind"), "the HPA scales a Deployment");
        assertEquals("apps/v1", target.get("apiVersion"));
        assertEquals(string(deployment, "metadata", "name"), target.get("name"), "the HPA scales this Deployment");
        int min = (Integer) map(hpa, "spec").get("minReplicas");
        int max = (Integer) map(hpa, "spec").get("maxReplicas");
        assertTrue(min >= 2 && min >= replicas && max > min,
                "HPA: minReplicas (" + min + ") at least 2 and the Deployment's " + replicas + ", below maxReplicas (" + max + ")");
        // Utilization targets are relative to requests: without them the HPA cannot compute.
        for (Object metric : list(map(hpa, "spec"), "metrics")) {
            String resource = string(Manifests.asMap(metric, "metric"), "resource", "name");
            assertNotNull(string(manifests.container(), "resources", "requests", resource),
                    "the HPA scales on " + resource + ", so the container must request it");
        }
        // Every instance opens up to max-size connections.
        int pool = Integer.parseInt(settings.valueOf("quarkus.datasource.jdbc.max-size", manifests.environment()));
        assertTrue(max * pool <= 500, "maxReplicas x connection pool = " + max * pool + " connections: more than a MariaDB should take");

        Map<String, Object> pdb = manifests.only("PodDisruptionBudget");
        Object minAvailable = map(pdb, "spec").get("minAvailable");
        assertTrue(minAvailable instanceof Integer available && available >= 1 && available < replicas,
                "PDB minAvailable must be at least 1 and below the replicas (" + replicas + "), or drains block: " + minAvailable);
    }

    @Test
    void selectorsMatchThePods() {
        Map<String, Object> deployment = manifests.deployment();
        Map<String, Object> podLabels = map(deployment, "spec", "template", "metadata", "labels");
        assertSelects(map(deployment, "spec", "selector", "matchLabels"), podLabels, "the Deployment's selector");
        assertSelects(map(manifests.only("PodDisruptionBudget"), "spec", "selector", "matchLabels"), podLabels, "the PDB's selector");
        assertSelects(map(manifests.only("Service"), "spec", "selector"), podLabels, "the Service's selector");
        for (Object constraint : listOrEmpty(manifests.podSpec(), "topologySpreadConstraints")) {
            assertSelects(map(Manifests.asMap(constraint, "constraint"), "labelSelector", "matchLabels"), podLabels,
                    "a topology spread constraint");
        }
    }

    private static void assertSelects(Map<String, Object> selector, Map<String, Object> labels, String what) {
        assertFalse(selector.isEmpty(), what + " is empty");
        selector.forEach((key, value) -> assertEquals(value, labels.get(key),
                what + " wants " + key + "=" + value + " but the pods have " + labels));
    }

    @Test
    void probesUseHealthEndpointsTheApplicationServes() throws IOException {
        String pom = Files.readString(POM, StandardCharsets.UTF_8);
        assertTrue(pom.contains("<artifactId>quarkus-smallrye-health</artifactId>"),
                "the probes need quarkus-smallrye-health in pom.xml");
        assertTrue(isOnClassPath("io.smallrye.health.SmallRyeHealthReporter"), "SmallRye Health is not on the class path");
        for (String setting : HEALTH_PATHS.keySet()) {
            assertFalse(settings.properties.containsKey(setting),
                    "application.properties moves the health endpoints (" + setting + "): update HEALTH_PATHS and the probes");
        }
        String health = nonApplicationRoot() + "/" + HEALTH_PATHS.get("quarkus.smallrye-health.root-path") + "/";

        Map<String, Object> container = manifests.container();
        Map<String, String> expected = Map.of(
                "livenessProbe", health + HEALTH_PATHS.get("quarkus.smallrye-health.liveness-path"),
                "readinessProbe", health + HEALTH_PATHS.get("quarkus.smallrye-health.readiness-path"),
                "startupProbe", health + HEALTH_PATHS.get("quarkus.smallrye-health.startup-path"));
        int httpPort = Integer.parseInt(settings.valueOf("quarkus.http.port", manifests.environment()));
        expected.forEach((probe, path) -> {
            Map<String, Object> get = map(container, probe, "httpGet");
            assertEquals(path, get.get("path"), probe + " must ask " + path);
            assertEquals(httpPort, manifests.containerPort(get.get("port")),
                    probe + " must ask the port the application listens on (quarkus.http.port = " + httpPort + ")");
        });
        assertEquals("/q/health/live", expected.get("livenessProbe"));
        assertEquals("/q/health/ready", expected.get("readinessProbe"));
        assertTrue(DeploymentProbesTest.class.isAnnotationPresent(io.quarkus.test.junit.QuarkusTest.class),
                "DeploymentProbesTest asks the running application for these paths");
    }

    @Test
    void theServiceIngressAndImageUseTheApplicationPort() throws IOException {
        int httpPort = Integer.parseInt(settings.valueOf("quarkus.http.port", manifests.environment()));
        assertEquals(httpPort, manifests.containerPort("http"), "the container port named http is quarkus.http.port");

        Map<String, Object> service = manifests.only("Service");
        Map<String, Map<String, Object>> servicePorts = new LinkedHashMap<>();
        for (Object port : list(map(service, "spec"), "ports")) {
            Map<String, Object> entry = Manifests.asMap(port, "port");
            assertEquals(httpPort, manifests.containerPort(entry.get("targetPort")),
                    "the Service's targetPort must reach the application port " + httpPort);
            servicePorts.put(String.valueOf(entry.get("name")), entry);
            servicePorts.put(String.valueOf(entry.get("port")), entry);
        }
        for (Map<String, Object> ingress : manifests.ofKind("Ingress")) {
            for (Object rule : list(map(ingress, "spec"), "rules")) {
                for (Object path : list(map(Manifests.asMap(rule, "rule"), "http"), "paths")) {
                    Map<String, Object> backend = map(Manifests.asMap(path, "path"), "backend", "service");
                    assertEquals(string(service, "metadata", "name"), backend.get("name"), "the Ingress must route to the Service");
                    Map<String, Object> port = map(backend, "port");
                    Object key = port.containsKey("name") ? port.get("name") : port.get("number");
                    assertTrue(servicePorts.containsKey(String.valueOf(key)), "the Ingress names Service port " + key + ", which does not exist");
                }
            }
        }

        Map<String, String> image = dockerfileEnvironment();
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(dockerfile());
        assertTrue(expose.find(), "the Dockerfile must EXPOSE the application port");
        assertEquals(httpPort, Integer.parseInt(expose.group(1)), "the image EXPOSEs quarkus.http.port");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\d+)").matcher(dockerfile());
        assertTrue(user.find(), "the image must run as a numeric non-root USER");
        assertEquals(map(manifests.podSpec(), "securityContext").get("runAsUser"), Integer.parseInt(user.group(1)),
                "runAsUser is the image's user");
        assertTrue(Integer.parseInt(user.group(1)) != 0, "the image's user must not be root");
        assertTrue(image.containsKey("QUARKUS_DATASOURCE_JDBC_URL"),
                "the image must set a (failing) JDBC URL, so that it never starts the embedded MariaDB");
    }

    @Test
    void metricsAreScrapedWhereMicrometerPublishesThem() throws IOException {
        String pom = Files.readString(POM, StandardCharsets.UTF_8);
        assertTrue(pom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>"),
                "the scrape annotations need quarkus-micrometer-registry-prometheus in pom.xml");
        String metrics = nonApplicationRoot() + "/" + settings.defaultOf("quarkus.micrometer.export.prometheus.path");
        Map<String, Object> annotations = map(manifests.deployment(), "spec", "template", "metadata", "annotations");
        assertEquals("true", annotations.get("prometheus.io/scrape"));
        assertEquals(metrics, annotations.get("prometheus.io/path"), "Prometheus must scrape " + metrics);
        assertEquals(manifests.containerPort("http"), Integer.parseInt(String.valueOf(annotations.get("prometheus.io/port"))),
                "Prometheus must scrape the application port");
    }

    @Test
    void everyEnvironmentVariableIsASettingOfTheApplication() throws IOException {
        Map<String, String> origins = new LinkedHashMap<>();
        for (Map<String, Object> document : manifests.documents) {
            if ("ConfigMap".equals(document.get("kind")) || "Secret".equals(document.get("kind"))) {
                data(document).keySet().forEach(name -> origins.put(name, String.valueOf(document.get("#file"))));
            }
        }
        origins.putAll(manifests.environmentOrigins());
        dockerfileEnvironment().keySet().forEach(name -> origins.putIfAbsent(name, DOCKERFILE.toString()));

        List<String> problems = new ArrayList<>();
        origins.forEach((variable, origin) -> {
            if (IMAGE_VARIABLES.contains(variable)) {
                return;
            }
            var setting = settings.settingOf(variable);
            if (setting.isEmpty()) {
                problems.add(variable + " in " + origin + " is no setting of the application");
                return;
            }
            settings.quarkusProperty(setting.get())
                    .filter(property -> !settings.surgaltDefaults.containsKey(setting.get()))
                    .filter(property -> !property.isRuntime())
                    .ifPresent(property -> problems.add(variable + " in " + origin + " sets " + property.name()
                            + ", which is fixed at build time (" + property.phase() + "): setting it at run time does nothing"));
        });
        assertTrue(problems.isEmpty(), "Environment variables that do not configure Surgalt:\n  " + String.join("\n  ", problems));

        Map<String, String> environment = manifests.environment();
        for (String secret : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "SURGALT_SESSION_KEY")) {
            assertTrue(manifests.environmentOrigins().getOrDefault(secret, "").contains("Secret"),
                    secret + " must come from a Secret");
        }
        String url = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertTrue(url != null && url.startsWith("jdbc:mariadb:"),
                "the Deployment must name an external MariaDB (QUARKUS_DATASOURCE_JDBC_URL), else every pod starts its own embedded one: " + url);
        assertEquals("${surgalt.session.key}", settings.properties.get("quarkus.http.auth.session.encryption-key"),
                "SURGALT_SESSION_KEY only shares sessions between pods while application.properties passes it to Quarkus");
        assertEquals("false", settings.valueOf("surgalt.samples.import", environment), "no demo accounts in production");
    }

    @Test
    void theAssetVolumeIsSharedAndMountedAtTheAssetRoot() {
        Map<String, Object> claim = manifests.only("PersistentVolumeClaim");
        assertEquals(List.of("ReadWriteMany"), list(map(claim, "spec"), "accessModes"),
                "every replica writes assets: the claim must be ReadWriteMany");
        String claimName = string(claim, "metadata", "name");
        String volume = null;
        for (Object entry : list(manifests.podSpec(), "volumes")) {
            Map<String, Object> declared = Manifests.asMap(entry, "volume");
            if (declared.get("persistentVolumeClaim") != null
                    && claimName.equals(string(declared, "persistentVolumeClaim", "claimName"))) {
                volume = (String) declared.get("name");
            }
        }
        assertNotNull(volume, "the pods must mount the claim " + claimName);
        String root = settings.valueOf("surgalt.assets.root", manifests.environment());
        assertTrue(root.startsWith("/"), "surgalt.assets.root must be an absolute path in the pod, is " + root);
        assertEquals(root, mountPath(volume), "the asset volume must be mounted where surgalt.assets.root points");
    }

    @Test
    void thePodsRunUnprivilegedWithAWritableTmp() {
        Map<String, Object> pod = map(manifests.podSpec(), "securityContext");
        assertEquals(Boolean.TRUE, pod.get("runAsNonRoot"));
        Map<String, Object> container = map(manifests.container(), "securityContext");
        assertEquals(Boolean.TRUE, container.get("readOnlyRootFilesystem"));
        assertEquals(Boolean.FALSE, container.get("allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), list(map(container, "capabilities"), "drop"));
        String tmp = null;
        for (Object entry : list(manifests.podSpec(), "volumes")) {
            Map<String, Object> declared = Manifests.asMap(entry, "volume");
            if (declared.containsKey("emptyDir") && "/tmp".equals(mountPath((String) declared.get("name")))) {
                tmp = (String) declared.get("name");
            }
        }
        assertNotNull(tmp, "with a read-only root file system, /tmp (java.io.tmpdir: multipart uploads, Tika) must be an emptyDir");
        String uploads = settings.valueOf("quarkus.http.body.uploads-directory", manifests.environment());
        assertTrue(uploads.startsWith("${java.io.tmpdir}") || uploads.startsWith("/tmp/"),
                "multipart uploads must go to the writable /tmp, not " + uploads);
        Map<String, Object> resources = map(manifests.container(), "resources");
        assertNotNull(string(resources, "limits", "memory"), "a memory limit (the heap is sized from it)");
        assertNotNull(string(resources, "requests", "memory"));
    }

    @Test
    void theIngressLetsTheLargestRequestThrough() throws IOException {
        Map<String, Object> ingress = manifests.named("Ingress", string(manifests.only("Service"), "metadata", "name"));
        Map<String, Object> annotations = map(ingress, "metadata", "annotations");
        String bodySize = String.valueOf(annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"));
        long limit = nginxSize(bodySize);

        long chunk = browserChunk();
        long upload = memorySize(settings.valueOf("surgalt.assets.max-upload-size", manifests.environment()));
        long csv = Long.parseLong(settings.valueOf("surgalt.cohort.import.max-bytes", manifests.environment()));
        assertTrue(limit >= chunk, "proxy-body-size " + bodySize + " is below the browser's tus chunk (" + chunk + " bytes, upload.js)");
        assertTrue(limit >= csv, "proxy-body-size " + bodySize + " is below a CSV import (surgalt.cohort.import.max-bytes = " + csv + ")");
        assertTrue(limit >= upload, "proxy-body-size " + bodySize + " is below surgalt.assets.max-upload-size (" + upload
                + " bytes), which a tus client may send in one PATCH");
        assertEquals("off", annotations.get("nginx.ingress.kubernetes.io/proxy-request-buffering"),
                "the ingress must stream uploads to the pods, not spool them");
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            Object seconds = annotations.get("nginx.ingress.kubernetes.io/" + timeout);
            assertNotNull(seconds, timeout + " must be set for slow uploads");
            assertTrue(Integer.parseInt(String.valueOf(seconds)) > 60, timeout + " must exceed nginx's 60 s default");
        }
    }

    @Test
    void configurationDocumentMatchesTheApplication() throws IOException {
        Map<String, String[]> documented = documentedSettings();
        List<String> problems = new ArrayList<>();
        for (String name : settings.surgaltDefaults.keySet()) {
            if (!documented.containsKey(name)) {
                problems.add(name + " (" + settings.surgaltOrigins.get(name) + ") is not documented");
            }
        }
        documented.forEach((name, row) -> {
            if (!settings.isSetting(name)) {
                problems.add(name + " is documented but is no setting of the application");
                return;
            }
            settings.quarkusProperty(name).filter(property -> !name.startsWith("surgalt.")).filter(property -> !property.isRuntime())
                    .ifPresent(property -> problems.add(name + " is documented as a setting but is fixed at build time"));
            String variable = ApplicationSettings.environmentVariable(name);
            if (!row[1].equals("`" + variable + "`")) {
                problems.add(name + ": the environment variable is " + variable + ", not " + row[1]);
            }
            String defaultValue = settings.defaultOf(name);
            Matcher code = Pattern.compile("^`([^`]*)`").matcher(row[2]);
            if (code.find()) {
                if (!code.group(1).equals(defaultValue)) {
                    problems.add(name + ": the default is " + (defaultValue == null ? "none" : "`" + defaultValue + "`")
                            + ", not `" + code.group(1) + "`");
                }
            } else if (defaultValue != null && !defaultValue.isEmpty()) {
                problems.add(name + ": the default `" + defaultValue + "` is not documented (" + row[2] + ")");
            }
        });
        String document = Files.readString(CONFIGURATION, StandardCharsets.UTF_8);
        Map<String, String> used = new LinkedHashMap<>(manifests.environment());
        used.putAll(dockerfileEnvironment());
        for (String variable : used.keySet()) {
            if (!document.contains("`" + variable + "`")) {
                problems.add(variable + " is set by deploy/kubernetes or the image but not documented");
            }
        }
        assertTrue(problems.isEmpty(), CONFIGURATION + " does not match the application:\n  " + String.join("\n  ", problems));
    }

    @Test
    void theReadmesLinkTheConfigurationReference() throws IOException {
        assertTrue(Files.readString(Path.of("deploy/README.md"), StandardCharsets.UTF_8).contains("(CONFIGURATION.md)"),
                "deploy/README.md must link CONFIGURATION.md");
        assertTrue(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).contains("`deploy/CONFIGURATION.md`"),
                "README.md must point at deploy/CONFIGURATION.md");
    }

    /**
     * deploy/README.md promises that the schema suits Galera: InnoDB only, a primary key on every
     * table (Galera replicates rows by key; without one, deletes and updates are unsafe), and
     * no explicit locks or XA, which Galera does not replicate.
     */
    @Test
    void theSchemaSuitsGalera() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern createTable = Pattern.compile("(?is)^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?.*");
        // Galera's documented limitations: explicit locks are node-local, XA is not supported, only
        // InnoDB replicates. Triggers and procedures are fine with row-based replication.
        Pattern forbidden = Pattern.compile("(?i)\\b(LOCK\\s+TABLES?|GET_LOCK|XA\\s+START|ENGINE\\s*=\\s*(?!InnoDB)\\w+)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(name -> name.toString().endsWith(".sql")).sorted().toList()) {
                String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
                Matcher bad = forbidden.matcher(sql);
                while (bad.find()) {
                    problems.add(file.getFileName() + ": " + bad.group(1) + " does not work on Galera");
                }
                for (String statement : sql.split(";")) {
                    Matcher table = createTable.matcher(statement);
                    if (!table.matches()) {
                        continue;
                    }
                    if (!statement.toUpperCase().contains("PRIMARY KEY")) {
                        problems.add(file.getFileName() + ": table " + table.group(1) + " has no primary key");
                    }
                    if (!Pattern.compile("(?i)ENGINE\\s*=\\s*InnoDB").matcher(statement).find()) {
                        problems.add(file.getFileName() + ": table " + table.group(1) + " does not say ENGINE = InnoDB");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "The schema does not suit MariaDB Galera:\n  " + String.join("\n  ", problems));
    }

    // --- helpers

    /** Table rows of CONFIGURATION.md whose first cell is a setting: name → cells. */
    static Map<String, String[]> documentedSettings() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CONFIGURATION, StandardCharsets.UTF_8)) {
            Matcher row = Pattern.compile("^\\|\\s*`((?:surgalt|quarkus)\\.[^`]+)`\\s*\\|(.*)\\|\\s*$").matcher(line);
            if (row.matches()) {
                String[] cells = row.group(2).split("\\|");
                String[] trimmed = new String[cells.length + 1];
                trimmed[0] = row.group(1);
                for (int i = 0; i < cells.length; i++) {
                    trimmed[i + 1] = cells[i].trim();
                }
                assertTrue(trimmed.length >= 4, "a settings row needs property, variable, default, meaning: " + line);
                assertFalse(rows.containsKey(row.group(1)), row.group(1) + " is documented twice");
                rows.put(row.group(1), trimmed);
            }
        }
        assertFalse(rows.isEmpty(), "no settings tables in " + CONFIGURATION);
        return rows;
    }

    private static String nonApplicationRoot() {
        String root = settings.defaultOf("quarkus.http.root-path");
        String nonApplication = settings.defaultOf("quarkus.http.non-application-root-path");
        assertEquals("/", root, "the probes assume the application at /");
        return nonApplication.startsWith("/") ? nonApplication : "/" + nonApplication;
    }

    private static String mountPath(String volume) {
        for (Object entry : listOrEmpty(manifests.container(), "volumeMounts")) {
            Map<String, Object> mount = Manifests.asMap(entry, "volumeMount");
            if (volume.equals(mount.get("name"))) {
                return (String) mount.get("mountPath");
            }
        }
        return null;
    }

    private static String dockerfile() throws IOException {
        return Files.readString(DOCKERFILE, StandardCharsets.UTF_8);
    }

    /** ENV NAME="value" lines of the Dockerfile. */
    static Map<String, String> dockerfileEnvironment() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        Matcher env = Pattern.compile("(?m)^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)=\"?([^\"\\n]*)\"?\\s*$").matcher(dockerfile());
        while (env.find()) {
            environment.put(env.group(1), env.group(2));
        }
        assertFalse(environment.isEmpty(), "no ENV lines in " + DOCKERFILE);
        return environment;
    }

    /** The browser's tus chunk, from upload.js ({@code var CHUNK = 1024 * 1024;}). */
    private static long browserChunk() throws IOException {
        Matcher chunk = Pattern.compile("var CHUNK = ([0-9 *]+);").matcher(Files.readString(UPLOAD_SCRIPT, StandardCharsets.UTF_8));
        assertTrue(chunk.find(), "no CHUNK in " + UPLOAD_SCRIPT);
        long bytes = 1;
        for (String factor : chunk.group(1).split("\\*")) {
            bytes *= Long.parseLong(factor.trim());
        }
        return bytes;
    }

    /** Quarkus MemorySize: a number with an optional binary suffix (2G = 2 GiB). */
    static long memorySize(String value) {
        Matcher size = Pattern.compile("(\\d+)([BbKkMmGgTt]?)").matcher(value.trim());
        assertTrue(size.matches(), "not a size: " + value);
        return Long.parseLong(size.group(1)) << shift(size.group(2));
    }

    /** nginx sizes: a number with an optional k, m or g (binary); 0 means unlimited. */
    static long nginxSize(String value) {
        Matcher size = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(value.trim());
        assertTrue(size.matches(), "not an nginx size: " + value);
        long bytes = Long.parseLong(size.group(1)) << shift(size.group(2));
        return bytes == 0 ? Long.MAX_VALUE : bytes;
    }

    private static int shift(String suffix) {
        return switch (suffix.toUpperCase()) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
    }

    private static boolean isOnClassPath(String className) {
        try {
            Class.forName(className, false, DeploymentManifestsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
