package org.surgalt.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The Kubernetes manifests of deploy/kubernetes, as kustomization.yaml lists them, parsed. */
final class Manifests {

    static final Path DIRECTORY = Path.of("deploy/kubernetes");

    /** Every document, with the file it came from under the key "#file". */
    final List<Map<String, Object>> documents;
    final List<String> resources;

    private Manifests(List<Map<String, Object>> documents, List<String> resources) {
        this.documents = documents;
        this.resources = resources;
    }

    static Manifests load() {
        Map<String, Object> kustomization = parse(DIRECTORY.resolve("kustomization.yaml")).get(0);
        List<String> resources = new ArrayList<>();
        for (Object resource : list(kustomization, "resources")) {
            resources.add((String) resource);
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String resource : resources) {
            Path file = DIRECTORY.resolve(resource);
            if (!Files.isRegularFile(file)) {
                fail("kustomization.yaml lists " + resource + ", which does not exist in " + DIRECTORY);
            }
            for (Map<String, Object> document : parse(file)) {
                document.put("#file", resource);
                documents.add(document);
            }
        }
        return new Manifests(documents, resources);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> parse(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object document : yaml.loadAll(in)) {
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map)) {
                    fail(file + ": a document that is not a mapping");
                }
                documents.add(new LinkedHashMap<>((Map<String, Object>) document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    Map<String, Object> only(String kind) {
        List<Map<String, Object>> found = ofKind(kind);
        assertEquals(1, found.size(), "one " + kind + " in " + DIRECTORY + ", found " + found.size());
        return found.get(0);
    }

    Map<String, Object> named(String kind, String name) {
        return ofKind(kind).stream().filter(document -> name.equals(string(document, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + DIRECTORY));
    }

    Map<String, Object> deployment() {
        return only("Deployment");
    }

    Map<String, Object> podSpec() {
        return map(deployment(), "spec", "template", "spec");
    }

    /** The application's container (the Deployment has exactly one). */
    Map<String, Object> container() {
        List<Object> containers = list(podSpec(), "containers");
        assertEquals(1, containers.size(), "the Deployment runs one container");
        return asMap(containers.get(0), "container");
    }

    /** The container port a probe or Service names, by number or by name. */
    int containerPort(Object port) {
        if (port instanceof Integer number) {
            return number;
        }
        for (Object declared : list(container(), "ports")) {
            Map<String, Object> entry = asMap(declared, "port");
            if (String.valueOf(port).equals(entry.get("name"))) {
                return (Integer) entry.get("containerPort");
            }
        }
        throw new AssertionError("the container has no port named " + port);
    }

    /**
     * The container's environment as the kubelet builds it: envFrom sources in order (ConfigMaps
     * and Secrets of these manifests), then env entries, later ones winning.
     */
    Map<String, String> environment() {
        Map<String, String> values = new LinkedHashMap<>();
        environment(values, new LinkedHashMap<>());
        return values;
    }

    /** Where each variable of {@link #environment()} is set: "configmap.yaml (ConfigMap surgalt-config)". */
    Map<String, String> environmentOrigins() {
        Map<String, String> origins = new LinkedHashMap<>();
        environment(new LinkedHashMap<>(), origins);
        return origins;
    }

    private void environment(Map<String, String> values, Map<String, String> origins) {
        for (Object source : listOrEmpty(container(), "envFrom")) {
            Map<String, Object> from = asMap(source, "envFrom");
            Map<String, Object> document;
            if (from.containsKey("configMapRef")) {
                document = named("ConfigMap", string(from, "configMapRef", "name"));
            } else if (from.containsKey("secretRef")) {
                document = named("Secret", string(from, "secretRef", "name"));
            } else {
                throw new AssertionError("envFrom of an unknown kind: " + from);
            }
            String origin = document.get("#file") + " (" + document.get("kind") + " " + string(document, "metadata", "name") + ")";
            data(document).forEach((name, value) -> {
                values.put(name, value);
                origins.put(name, origin);
            });
        }
        for (Object variable : listOrEmpty(container(), "env")) {
            Map<String, Object> entry = asMap(variable, "env");
            String name = (String) entry.get("name");
            values.put(name, entry.containsKey("value") ? String.valueOf(entry.get("value")) : null);
            origins.put(name, deployment().get("#file") + " (env)");
        }
    }

    /** A ConfigMap's data, or a Secret's stringData and (decoded) data. */
    static Map<String, String> data(Map<String, Object> document) {
        Map<String, String> data = new LinkedHashMap<>();
        Object plain = "Secret".equals(document.get("kind")) ? document.get("stringData") : document.get("data");
        if (plain != null) {
            asMap(plain, "data").forEach((key, value) -> data.put(key, String.valueOf(value)));
        }
        if ("Secret".equals(document.get("kind")) && document.get("data") != null) {
            asMap(document.get("data"), "data").forEach((key, value) -> data.put(key,
                    new String(Base64.getDecoder().decode(String.valueOf(value)), StandardCharsets.UTF_8)));
        }
        return data;
    }

    // Navigation in the parsed YAML, failing with the path that is missing.

    static Map<String, Object> map(Map<String, Object> node, String... path) {
        Object current = node;
        StringBuilder where = new StringBuilder();
        for (String key : path) {
            where.append('.').append(key);
            current = asMap(current, where.toString()).get(key);
            assertNotNull(current, "missing " + where.substring(1) + " in " + node.getOrDefault("#file", node.get("kind")));
        }
        return asMap(current, where.toString());
    }

    static List<Object> list(Map<String, Object> node, String key) {
        Object value = node.get(key);
        assertNotNull(value, "missing " + key + " in " + node.getOrDefault("#file", node.get("kind")));
        if (!(value instanceof List)) {
            fail(key + " is not a list: " + value);
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    static List<Object> listOrEmpty(Map<String, Object> node, String key) {
        return node.get(key) == null ? List.of() : list(node, key);
    }

    static String string(Map<String, Object> node, String... path) {
        Map<String, Object> parent = path.length == 1 ? node : map(node, java.util.Arrays.copyOf(path, path.length - 1));
        Object value = parent.get(path[path.length - 1]);
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node, String what) {
        if (!(node instanceof Map)) {
            fail(what + " is not a mapping: " + node);
        }
        return (Map<String, Object>) node;
    }
}
