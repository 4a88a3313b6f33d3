package org.surgalt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings the application really has, found the way the application finds them: the keys of
 * application.properties, the {@code @ConfigMapping} interfaces (walked by reflection, as SmallRye
 * Config does), {@code @ConfigProperty} injections, the config source factories and
 * {@code ${...}} expressions; and every run-time setting of the Quarkus extensions on the class
 * path, from the configuration model each extension jar carries
 * (META-INF/quarkus-config-doc/quarkus-config-model.json).
 */
final class ApplicationSettings {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path PROPERTIES = Path.of("src/main/resources/application.properties");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)");
    private static final Pattern SURGALT_LITERAL = Pattern.compile("\"(surgalt\\.[a-z0-9.-]+)\"");

    /** A Quarkus extension's setting, possibly a pattern with map keys ({@code quarkus.log.category."*".level}). */
    record QuarkusProperty(String name, String environmentVariable, String defaultValue, String phase,
            Pattern namePattern, Pattern environmentPattern) {

        boolean isRuntime() {
            return "RUN_TIME".equals(phase);
        }
    }

    /** application.properties without profile-specific keys: what production sees. */
    final Map<String, String> properties;
    /** Every surgalt.* setting, with its default (null: none), and where it was found. */
    final Map<String, String> surgaltDefaults = new TreeMap<>();
    final Map<String, String> surgaltOrigins = new TreeMap<>();
    final List<QuarkusProperty> quarkus;

    private ApplicationSettings(Map<String, String> properties, List<QuarkusProperty> quarkus) {
        this.properties = properties;
        this.quarkus = quarkus;
    }

    static ApplicationSettings load() {
        Properties raw = new Properties();
        try (Reader in = Files.newBufferedReader(PROPERTIES, StandardCharsets.UTF_8)) {
            raw.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> production = new TreeMap<>();
        List<String> profileOnly = new ArrayList<>();
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%")) {
                profileOnly.add(key.substring(key.indexOf('.') + 1));
            } else {
                production.put(key, raw.getProperty(key));
            }
        }
        ApplicationSettings settings = new ApplicationSettings(Collections.unmodifiableMap(production), quarkusModel());
        for (String key : production.keySet()) {
            settings.surgalt(key, null, "application.properties");
        }
        for (String key : profileOnly) {
            settings.surgalt(key, null, "application.properties (profile)");
        }
        for (String value : production.values()) {
            Matcher expression = EXPRESSION.matcher(value);
            while (expression.find()) {
                settings.surgalt(expression.group(1), null, "an expression in application.properties");
            }
        }
        for (Path source : javaSources()) {
            settings.scan(source);
        }
        // application.properties wins over @WithDefault, as it does at run time.
        for (Map.Entry<String, String> entry : production.entrySet()) {
            if (settings.surgaltDefaults.containsKey(entry.getKey())) {
                settings.surgaltDefaults.put(entry.getKey(), entry.getValue());
            }
        }
        return settings;
    }

    private void surgalt(String name, String defaultValue, String origin) {
        if (!name.startsWith("surgalt.")) {
            return;
        }
        surgaltOrigins.putIfAbsent(name, origin);
        if (defaultValue != null || !surgaltDefaults.containsKey(name)) {
            surgaltDefaults.put(name, defaultValue);
        }
    }

    private void scan(Path source) {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String where = SOURCES.relativize(source).toString();
        if (text.contains("@ConfigMapping(")) {
            String className = where.replace('/', '.').replaceAll("\\.java$", "");
            try {
                Class<?> type = Class.forName(className, false, ApplicationSettings.class.getClassLoader());
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping != null) {
                    walk(type, mapping.prefix(), where);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("@ConfigMapping in " + where + " but no class " + className, e);
            }
        }
        Matcher property = CONFIG_PROPERTY.matcher(text);
        while (property.find()) {
            surgalt(property.group(1), property.group(2), where + " (@ConfigProperty)");
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            surgalt(expression.group(1), null, where + " (expression)");
        }
        if (text.contains("implements ConfigSourceFactory")) {
            Matcher literal = SURGALT_LITERAL.matcher(text);
            while (literal.find()) {
                surgalt(literal.group(1), null, where + " (config source)");
            }
        }
    }

    /** The names SmallRye Config derives from a mapping interface: kebab-case, @WithName, nested groups. */
    private void walk(Class<?> type, String prefix, String where) {
        for (Method method : type.getMethods()) {
            if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String name = prefix + "." + (named != null ? named.value() : kebab(method.getName()));
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getName().startsWith("org.surgalt.")) {
                walk(returned, name, where);
            } else {
                WithDefault defaultValue = method.getAnnotation(WithDefault.class);
                surgalt(name, defaultValue == null ? null : defaultValue.value(), where + " (@ConfigMapping)");
            }
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** MicroProfile Config: upper case, every character that is not a letter or digit becomes '_'. */
    static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<QuarkusProperty> quarkusModel() {
        List<QuarkusProperty> found = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            Enumeration<URL> models = ApplicationSettings.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            for (URL model : Collections.list(models)) {
                try (InputStream in = model.openStream()) {
                    collect(json.readTree(in), found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("No Quarkus configuration model on the class path");
        }
        return found;
    }

    private static void collect(JsonNode node, List<QuarkusProperty> found) {
        if (node.isObject()) {
            JsonNode path = node.get("path");
            if (path != null && path.isObject() && path.hasNonNull("property")) {
                String defaultValue = node.hasNonNull("defaultValue") ? node.get("defaultValue").asText() : null;
                String phase = node.path("phase").asText(null);
                found.add(property(path, defaultValue, phase));
                for (JsonNode additional : node.path("additionalPaths")) {
                    found.add(property(additional, defaultValue, phase));
                }
            }
            node.elements().forEachRemaining(child -> collect(child, found));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, found));
        }
    }

    private static QuarkusProperty property(JsonNode path, String defaultValue, String phase) {
        String name = path.get("property").asText();
        String[] pieces = name.split("\"[^\"]*\"", -1);
        StringBuilder names = new StringBuilder();
        StringBuilder variables = new StringBuilder();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                names.append("(?:\"[^\"]+\"|[A-Za-z0-9_-]+)");
                variables.append("[A-Z0-9_]+");
            }
            names.append(Pattern.quote(pieces[i]));
            variables.append(Pattern.quote(environmentVariable(pieces[i])));
        }
        return new QuarkusProperty(name, path.path("environmentVariable").asText(environmentVariable(name)),
                defaultValue, phase, Pattern.compile(names.toString()), Pattern.compile(variables.toString()));
    }

    Optional<QuarkusProperty> quarkusProperty(String name) {
        return quarkus.stream().filter(property -> property.name().equals(name)).findFirst()
                .or(() -> quarkus.stream().filter(property -> property.namePattern().matcher(name).matches()).findFirst());
    }

    /** The application's setting this environment variable sets, by the MicroProfile naming rule. */
    Optional<String> settingOf(String variable) {
        for (String name : surgaltDefaults.keySet()) {
            if (environmentVariable(name).equals(variable)) {
                return Optional.of(name);
            }
        }
        for (String name : properties.keySet()) {
            if (environmentVariable(name).equals(variable)) {
                return Optional.of(name);
            }
        }
        return quarkus.stream().filter(property -> property.environmentVariable().equals(variable)).findFirst()
                .or(() -> quarkus.stream().filter(property -> property.environmentPattern().matcher(variable).matches())
                        .findFirst())
                .map(QuarkusProperty::name);
    }

    boolean isSetting(String name) {
        return surgaltDefaults.containsKey(name) || properties.containsKey(name) || quarkusProperty(name).isPresent();
    }

    /**
     * The value production gets when nobody sets it: application.properties, else the mapping's
     * default, else the extension's (unless the model describes it in words). Null: none.
     */
    String defaultOf(String name) {
        if (properties.containsKey(name)) {
            return properties.get(name);
        }
        if (surgaltDefaults.containsKey(name)) {
            return surgaltDefaults.get(name);
        }
        return quarkusProperty(name).map(QuarkusProperty::defaultValue)
                .filter(value -> !value.contains(" ")).orElse(null);
    }

    /** The value a setting has once the given environment is applied (the environment wins). */
    String valueOf(String name, Map<String, String> environment) {
        String variable = environmentVariable(name);
        return environment.containsKey(variable) ? environment.get(variable) : defaultOf(name);
    }
}
